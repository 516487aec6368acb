import type { AppEvent } from '../../shared/ipc/channels';
import { AppError } from '../../shared/ipc/result';
import {
  PROTECTION_DEFAULTS,
  protectionSettingsSchema,
  type BackupSummary,
  type LockReason,
  type ProtectionSettings,
  type UnlockOutcome,
  type WorkspaceState,
  type WorkspaceStatus,
} from '../../shared/ipc/workspace-contract';
import { backupDirOf, createBackup, listBackups, pruneBackups, type BackupInfo } from '../backup/backups';
import { detectWorkspaceFile, lockedError } from '../db/cipher';
import { closeWorkspaceDb, type Db } from '../db/open';
import { openPath, summaryOf, type Opened } from './open-path';
import { readSetting, writeSetting } from '../db/settings';
import type { RememberedPassphrases } from './remembered';
import { damagedFileMessage, probeBackups } from './unlock-check';

export interface SessionOptions {
  now: () => Date;
  notify?: (event: AppEvent) => void;
  remembered?: RememberedPassphrases | null;
}

const SETTINGS_KEY = 'workspace.protection';

/**
 * The current workspace and its protection: lock state, idle lock, automatic backups. The database handle
 * exists only while the workspace is open; locking closes it and forgets the passphrase.
 */
export class WorkspaceSession {
  private db: Db | null = null;
  private current: string;
  private encrypted = false;
  private state: WorkspaceState = 'locked';
  private lockReason: LockReason | null = null;
  private damage: string | null = null;
  private openedBackup: BackupSummary | null = null;
  private passphrase: string | null = null;
  private settings: ProtectionSettings = PROTECTION_DEFAULTS;
  private lastActivity = 0;
  private lastBackupAt = 0;
  private changesAtBackup = 0;
  private backupError: string | null = null;

  constructor(
    path: string,
    private readonly options: SessionOptions,
    create: boolean,
  ) {
    this.current = path;
    this.adopt(path, this.prepare(path, create), 'startup');
  }

  get path(): string {
    return this.current;
  }

  get isEncrypted(): boolean {
    return this.encrypted;
  }

  get lastBackupError(): string | null {
    return this.backupError;
  }

  get protection(): ProtectionSettings {
    return this.settings;
  }

  /** The session's passphrase while open (needed to check encrypted backups); null when plain or locked. */
  get currentPassphrase(): string | null {
    return this.passphrase;
  }

  get currentState(): WorkspaceState {
    return this.state;
  }

  /** Opens a path of this session with its clock. */
  openWith(path: string, passphrase: string | null): Opened {
    return openPath(path, false, passphrase, this.options.now);
  }

  announce(event: AppEvent): void {
    this.options.notify?.(event);
  }

  remember(passphrase: string): void {
    this.options.remembered?.remember(this.current, passphrase);
  }

  /** After a passphrase change: the new one is current (and remembered if the old one was). */
  rekeyed(passphrase: string): void {
    this.passphrase = passphrase;
    if (this.options.remembered?.has(this.current)) this.remember(passphrase);
    // The backups so far open with the old passphrase; one with the new passphrase right away.
    this.backup('auto', this.totalChanges());
  }

  private now(): number {
    return this.options.now().getTime();
  }

  /** Opens a path, trying a passphrase remembered on this machine for an encrypted one. */
  prepare(path: string, create: boolean): Opened {
    const remembered = detectWorkspaceFile(path) === 'encrypted' ? (this.options.remembered?.get(path) ?? null) : null;
    if (remembered === null) return openPath(path, create, null, this.options.now);
    try {
      return openPath(path, create, remembered, this.options.now);
    } catch (error) {
      if (error instanceof AppError && error.code === 'wrong_passphrase') return { state: 'locked' };
      throw error;
    }
  }

  /** Makes an opened path the current workspace, closing the previous one. */
  adopt(path: string, opened: Opened, reason: LockReason): void {
    this.release();
    this.current = path;
    this.state = opened.state;
    this.lockReason = opened.state === 'locked' ? reason : null;
    this.damage = opened.state === 'damaged' ? opened.message : null;
    this.openedBackup = null;
    this.encrypted = opened.state === 'locked' ? true : opened.encrypted;
    this.passphrase = opened.state === 'locked' ? null : opened.passphrase;
    this.backupError = null;
    if (opened.state !== 'open') return;
    this.db = opened.db;
    this.settings = this.readSettings();
    this.lastActivity = this.now();
    this.changesAtBackup = this.totalChanges();
    // A backup on every open: the state the person starts from can always be restored.
    this.backup('auto', this.changesAtBackup);
  }

  private release(): void {
    if (!this.db) return;
    this.backupIfChanged();
    closeWorkspaceDb(this.db);
    this.db = null;
  }

  private totalChanges(): number {
    return this.db ? (this.db.prepare('SELECT total_changes()').pluck().get() as number) : 0;
  }

  private idleExpired(): boolean {
    return (
      this.state === 'open' &&
      this.encrypted &&
      this.now() - this.lastActivity >= this.settings.idleLockMinutes * 60_000
    );
  }

  /** The open database, for a request made by the person using the app (it counts as activity). */
  requireDb(): Db {
    if (this.idleExpired()) this.lock('idle');
    if (this.state === 'open' && this.db) {
      this.lastActivity = this.now();
      return this.db;
    }
    if (this.state === 'damaged') throw new AppError('workspace_corrupt', this.damage ?? 'The workspace is damaged.');
    throw lockedError(this.current);
  }

  touch(): void {
    if (this.idleExpired()) this.lock('idle');
    else if (this.state === 'open') this.lastActivity = this.now();
  }

  /** The periodic check (every 30 s in the app): idle lock, then an automatic backup when one is due. */
  tick(): void {
    if (this.idleExpired()) {
      this.lock('idle');
      return;
    }
    if (this.state === 'open' && this.now() - this.lastBackupAt >= this.settings.backupIntervalMinutes * 60_000)
      this.backupIfChanged();
  }

  status(): WorkspaceStatus {
    if (this.idleExpired()) this.lock('idle');
    const remembered = this.options.remembered ?? null;
    const latest = this.state === 'damaged' ? listBackups(this.current).find((b) => b.kind !== 'damaged') : undefined;
    return {
      state: this.state,
      path: this.current,
      encrypted: this.encrypted,
      lockReason: this.state === 'locked' ? this.lockReason : null,
      remembered: this.encrypted && (remembered?.has(this.current) ?? false),
      canRemember: remembered?.available() ?? false,
      damage: this.damage,
      latestBackup: latest ? summaryOf(latest) : null,
      openedBackup: this.state === 'damaged' ? this.openedBackup : null,
      idleLockMinutes: this.settings.idleLockMinutes,
    };
  }

  lock(reason: LockReason): void {
    if (!this.encrypted)
      throw new AppError(
        'not_encrypted',
        'Only an encrypted workspace can be locked. Encrypt it first in Settings › Security.',
      );
    if (this.state === 'locked') return;
    this.release();
    this.state = 'locked';
    this.lockReason = reason;
    this.passphrase = null;
    this.damage = null;
    this.options.notify?.('workspace:lockChanged');
  }

  unlock(passphrase: string, remember: boolean): UnlockOutcome {
    if (this.state === 'open') return { kind: 'opened' };
    let opened: Opened;
    try {
      opened = openPath(this.current, false, passphrase, this.options.now);
    } catch (error) {
      if (error instanceof AppError && error.code === 'wrong_passphrase') return this.diagnose(passphrase);
      throw error;
    }
    if (opened.state === 'locked') throw lockedError(this.current);
    if (remember) this.options.remembered?.remember(this.current, passphrase);
    this.adopt(this.current, opened, 'manual');
    this.options.notify?.('workspace:lockChanged');
    return { kind: 'opened' };
  }

  /**
   * A wrong passphrase, or a damaged first page (unlock-check.ts)? If the file is damaged, the session moves
   * to the recovery state with the passphrase (restoring a backup needs it); nothing on disk is touched. The
   * unlock screen says so and leads on to the recovery screen itself, so no lock event is sent.
   */
  private diagnose(passphrase: string): UnlockOutcome {
    const probe = probeBackups(this.current, passphrase);
    if (probe.kind === 'opens_older') return { kind: 'earlier_passphrase', backup: summaryOf(probe.backup) };
    if (probe.kind === 'opens_none')
      return { kind: 'wrong_passphrase', backupsDir: backupDirOf(this.current), tried: probe.tried };
    const backup = summaryOf(probe.backup);
    this.release();
    this.state = 'damaged';
    this.lockReason = null;
    this.encrypted = true;
    this.passphrase = passphrase;
    this.openedBackup = backup;
    this.damage = damagedFileMessage(backup.createdAt);
    return { kind: 'workspace_damaged', backup };
  }

  /** Unlocks with the passphrase remembered on this machine (a stale one is forgotten, a right one kept). */
  unlockRemembered(): UnlockOutcome {
    const passphrase = this.options.remembered?.get(this.current) ?? null;
    if (passphrase === null)
      throw new AppError('not_remembered', 'No passphrase is remembered for this workspace on this machine; type it.');
    const outcome = this.unlock(passphrase, false);
    if (outcome.kind === 'wrong_passphrase' || outcome.kind === 'earlier_passphrase') this.forgetPassphrase();
    return outcome;
  }

  forgetPassphrase(): void {
    this.options.remembered?.forget(this.current);
  }

  /** Takes an automatic backup when the workspace changed since the last one; failures are reported in status. */
  backupIfChanged(): void {
    if (!this.db) return;
    const changes = this.totalChanges();
    if (changes === this.changesAtBackup) return;
    this.backup('auto', changes);
  }

  private backup(kind: 'auto' | 'manual', changes: number): BackupInfo | null {
    if (!this.db) return null;
    try {
      const info = createBackup(this.db, this.current, kind, this.options.now());
      pruneBackups(this.current, this.options.now());
      this.lastBackupAt = this.now();
      this.changesAtBackup = changes;
      this.backupError = null;
      return info;
    } catch (error) {
      this.backupError = error instanceof Error ? error.message : String(error);
      if (kind === 'manual') throw error;
      return null;
    }
  }

  backupNow(): BackupInfo {
    this.requireDb();
    const info = this.backup('manual', this.totalChanges());
    if (!info) throw new AppError('backup_failed', this.backupError ?? 'No backup was written.');
    return info;
  }

  private readSettings(): ProtectionSettings {
    const parsed = protectionSettingsSchema.safeParse(this.db ? readSetting(this.db, SETTINGS_KEY) : undefined);
    return parsed.success ? parsed.data : PROTECTION_DEFAULTS;
  }

  saveSettings(settings: ProtectionSettings): ProtectionSettings {
    writeSetting(this.requireDb(), SETTINGS_KEY, settings);
    this.settings = settings;
    return settings;
  }

  /** Closes the database (after a last backup when there were changes), e.g. on quit. */
  close(): void {
    this.release();
  }

  /** Closes the handle for an operation on the file itself (encrypt, restore); `adopt` reopens. */
  detach(): void {
    this.release();
    this.state = 'locked';
    this.lockReason = 'manual';
  }
}
