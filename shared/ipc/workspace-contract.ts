import { z } from 'zod';
import type { BackupKind } from '../backups/rotation';

/**
 * The workspace-protection channels (lock state, passphrases, backups, recovery), spread into the one IPC
 * contract in contract.ts. Same conventions: one object argument, validated with zod at the door.
 */

export const WORKSPACE_STATES = ['open', 'locked', 'damaged'] as const;
export type WorkspaceState = (typeof WORKSPACE_STATES)[number];
export type LockReason = 'startup' | 'idle' | 'manual';

export interface BackupSummary {
  name: string;
  createdAt: string;
  kind: BackupKind;
  size: number;
  encrypted: boolean;
}

export interface WorkspaceStatus {
  state: WorkspaceState;
  path: string;
  encrypted: boolean;
  /** Why a workspace is locked; null unless locked. */
  lockReason: LockReason | null;
  /** A passphrase for this workspace is remembered on this machine. */
  remembered: boolean;
  /** This machine can remember passphrases (the OS secret store is available). */
  canRemember: boolean;
  /** What is wrong with a damaged workspace, written for a person; null unless damaged. */
  damage: string | null;
  /** The newest backup (for the recovery screen); null when there is none. */
  latestBackup: BackupSummary | null;
  /**
   * Damaged, found at unlock: the passphrase opens this backup but not the workspace file (a wrong key and a
   * damaged first page fail alike). Null otherwise.
   */
  openedBackup: BackupSummary | null;
  /** The idle lock of this workspace, in minutes (the last value read from it). */
  idleLockMinutes: number;
}

export interface ProtectionSettings {
  /** Minutes without activity after which an encrypted workspace locks. */
  idleLockMinutes: number;
  /** Minutes between automatic backups while the workspace is being edited. */
  backupIntervalMinutes: number;
}

export const PROTECTION_DEFAULTS: ProtectionSettings = { idleLockMinutes: 15, backupIntervalMinutes: 30 };
export const PROTECTION_LIMITS = { idleLockMinutes: [1, 480], backupIntervalMinutes: [5, 1440] } as const;

export const protectionSettingsSchema = z.strictObject({
  idleLockMinutes: z.number().int().min(PROTECTION_LIMITS.idleLockMinutes[0]).max(PROTECTION_LIMITS.idleLockMinutes[1]),
  backupIntervalMinutes: z
    .number()
    .int()
    .min(PROTECTION_LIMITS.backupIntervalMinutes[0])
    .max(PROTECTION_LIMITS.backupIntervalMinutes[1]),
});

/** Long enough for any passphrase a person types; the handler applies the minimum for new ones. */
const passphrase = z.string().min(1).max(1024);
const backupName = z.string().min(1).max(120);

export interface BackupsView {
  backups: BackupSummary[];
  /** Where they are kept. */
  dir: string;
  settings: ProtectionSettings;
  /** When the last automatic backup failed, why (cleared by the next success). */
  lastError: string | null;
}

/**
 * What an unlock attempt found, for the screen to word in the person's language. A passphrase that does
 * not open the workspace is tried on its backups (read-only) to tell a wrong passphrase from a damaged file.
 */
export type UnlockOutcome =
  /** Opened; or found damaged by the integrity check (status.state says which). */
  | { kind: 'opened' }
  /** It opens the newest backup but not the workspace file: the file is damaged (status: damaged). */
  | { kind: 'workspace_damaged'; backup: BackupSummary }
  /** It opens an older backup but neither the workspace nor its newest backup: most likely an earlier passphrase. */
  | { kind: 'earlier_passphrase'; backup: BackupSummary }
  /** Neither the workspace nor any backup tried opens with it (`tried` of them, kept in `backupsDir`). */
  | { kind: 'wrong_passphrase'; backupsDir: string; tried: number };

export interface UnlockResult {
  status: WorkspaceStatus;
  outcome: UnlockOutcome;
}

export interface EncryptResult {
  status: WorkspaceStatus;
  keptOriginal: string;
  keptEvidence: string | null;
  unreadableEvidence: number;
}

export interface RestoreResult {
  status: WorkspaceStatus;
  restored: BackupSummary;
  /** The copy of the state before the restore (a backup name). */
  preserved: string;
}

function out<T>(): T {
  return undefined as T;
}

export const workspaceContract = {
  'workspace:status': { input: z.strictObject({}), output: out<WorkspaceStatus>() },
  'workspace:unlock': {
    input: z.strictObject({ passphrase, remember: z.boolean().default(false) }),
    output: out<UnlockResult>(),
  },
  'workspace:unlockRemembered': { input: z.strictObject({}), output: out<UnlockResult>() },
  'workspace:lock': { input: z.strictObject({}), output: out<WorkspaceStatus>() },
  /** The person is using the app (keyboard or pointer): postpones the idle lock. */
  'workspace:activity': { input: z.strictObject({}), output: out<{ ok: true }>() },
  'workspace:changePassphrase': {
    input: z.strictObject({ current: passphrase, next: passphrase }),
    output: out<{ status: WorkspaceStatus; backup: BackupSummary }>(),
  },
  'workspace:encrypt': {
    input: z.strictObject({ passphrase, remember: z.boolean().default(false) }),
    output: out<EncryptResult>(),
  },
  'workspace:forgetPassphrase': { input: z.strictObject({}), output: out<WorkspaceStatus>() },
  'workspace:getSettings': { input: z.strictObject({}), output: out<ProtectionSettings>() },
  'workspace:setSettings': { input: protectionSettingsSchema, output: out<ProtectionSettings>() },
  'workspace:backups': { input: z.strictObject({}), output: out<BackupsView>() },
  'workspace:backupNow': { input: z.strictObject({}), output: out<BackupSummary>() },
  'workspace:restore': {
    input: z.strictObject({ name: backupName.optional(), latestGood: z.boolean().default(false) }),
    output: out<RestoreResult>(),
  },
};

export type WorkspaceChannel = keyof typeof workspaceContract;
