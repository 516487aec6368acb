import { randomBytes } from 'node:crypto';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../db/settings';
import { EvidenceCipher } from './sealed';

/**
 * The evidence data key of an encrypted workspace: 32 random bytes kept in the workspace's own (encrypted)
 * settings table, so it is readable only once the workspace is unlocked and it survives a passphrase
 * change untouched (the passphrase wraps the database, the database holds the key). A plain workspace has
 * none, and its evidence is stored as it came.
 */
const SETTING = 'evidence.dataKey';
const HEX_KEY = /^[0-9a-f]{64}$/;

export function ensureEvidenceKey(db: Db): void {
  const current = readSetting(db, SETTING);
  if (typeof current === 'string' && HEX_KEY.test(current)) return;
  writeSetting(db, SETTING, randomBytes(32).toString('hex'));
}

/**
 * Whether the workspace is encrypted: an encrypted one always holds its evidence key (open.ts makes sure of it
 * on every open), a plain one never does. Exports use it to say when a file leaves encryption.
 */
export function workspaceIsEncrypted(db: Db): boolean {
  return evidenceCipherOf(db) !== null;
}

/** The cipher for this workspace's evidence, or null for a plain workspace. */
export function evidenceCipherOf(db: Db): EvidenceCipher | null {
  const value = readSetting(db, SETTING);
  if (typeof value !== 'string' || !HEX_KEY.test(value)) return null;
  return new EvidenceCipher(Buffer.from(value, 'hex'));
}
