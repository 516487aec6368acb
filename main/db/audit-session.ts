import type Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import type { AuditActor } from '../../shared/audit/types';

type Connection = Database.Database;

/** The `prev_hash` of the first entry of every audit trail. */
export const AUDIT_GENESIS = '0'.repeat(64);

/** The workspace setting that names who changes made in the app are attributed to (Settings › Audit trail). */
export const AUDIT_ACTOR_SETTING = 'audit.actor';

/** What an audit entry's hash covers, in this order, after the previous entry's hash. */
export interface AuditHashInput {
  prevHash: string;
  seq: number;
  at: string;
  actor: string;
  osUser: string;
  table: string;
  action: string;
  recordKey: string;
  label: string;
  assessmentId: string | null;
  before: string | null;
  after: string | null;
}

/**
 * SHA-256 of the previous entry's hash, a line feed, and the JSON array of the entry's stored values
 * (JSON-typed fields as their exact stored text). Written out in the JSON export so anyone can recompute it.
 */
export function auditEntryHash(e: AuditHashInput): string {
  const canonical = JSON.stringify([
    e.seq,
    e.at,
    e.actor,
    e.osUser,
    e.table,
    e.action,
    e.recordKey,
    e.label,
    e.assessmentId,
    e.before,
    e.after,
  ]);
  return createHash('sha256').update(e.prevHash).update('\n').update(canonical).digest('hex');
}

export const AUDIT_HASH_DESCRIPTION =
  "hash = hex(SHA-256(prevHash + '\\n' + JSON.stringify([seq, at, actor, osUser, table, action, recordKey, label, assessmentId, before, after]))), " +
  'with recordKey, before and after as their stored JSON text; the first entry has prevHash = 64 zeros.';

/** Settings whose values are secrets: their changes are recorded, their values are not. */
const SECRET_SETTING = /(^|[._-])(secret|passphrase|password|token)|Secret|Passphrase|Password|Token|(Key|[._-]key)$/;

/** The name of the signed-in operating-system account, or a stand-in when the system has none. */
export function osUserName(): string {
  try {
    const name = userInfo().username.trim();
    if (name) return name;
  } catch {
    // No passwd entry (some containers): fall back to the environment.
  }
  return (process.env.USER ?? process.env.USERNAME ?? '').trim() || 'unknown';
}

export interface AuditOptions {
  /** The clock of audit entries (the app's injected clock); the system clock when absent. */
  now?: () => Date;
  /**
   * Who this connection's changes are attributed to, overriding the name chosen in the workspace's
   * settings (the command line passes FIELDWORK_ACTOR or the OS user).
   */
  actor?: string;
}

interface AuditSession {
  now: () => Date;
  override: string | null;
  chosen: string | null;
  osUser: string;
}

const sessions = new WeakMap<Connection, AuditSession>();

function clean(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  return trimmed.length > 0 ? trimmed.slice(0, 120) : null;
}

function chosenActorIn(db: Connection): string | null {
  try {
    const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(AUDIT_ACTOR_SETTING) as
      string | undefined;
    const parsed: unknown = value === undefined ? null : JSON.parse(value);
    return typeof parsed === 'string' ? clean(parsed) : null;
  } catch {
    // A workspace older than the settings table has chosen no one.
    return null;
  }
}

/**
 * Registers the SQL functions the audit triggers call (migration 050) on one connection. Every
 * connection that writes a workspace needs them: openWorkspaceDb calls this before migrating, so a write
 * through any other connection fails loudly ("no such function") instead of escaping the audit trail.
 */
export function installAuditFunctions(db: Connection, options: AuditOptions = {}): void {
  const session: AuditSession = {
    now: options.now ?? (() => new Date()),
    override: clean(options.actor),
    chosen: chosenActorIn(db),
    osUser: osUserName(),
  };
  sessions.set(db, session);
  db.function('fw_now', () => session.now().toISOString());
  db.function('fw_actor', () => session.override ?? session.chosen ?? session.osUser);
  db.function('fw_os_user', () => session.osUser);
  db.function('fw_sha256', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? createHash('sha256').update(text).digest('hex') : null,
  );
  db.function('fw_audit_redact', { deterministic: true }, (key: unknown, value: unknown) =>
    SECRET_SETTING.test(String(key)) && value !== null ? JSON.stringify('[redacted]') : value,
  );
  db.function(
    'fw_audit_hash',
    { deterministic: true },
    (prevHash, seq, at, actor, osUser, table, action, recordKey, label, assessmentId, before, after) =>
      auditEntryHash({
        prevHash: String(prevHash),
        seq: Number(seq),
        at: String(at),
        actor: String(actor),
        osUser: String(osUser),
        table: String(table),
        action: String(action),
        recordKey: String(recordKey),
        label: String(label),
        assessmentId: textOrNull(assessmentId),
        before: textOrNull(before),
        after: textOrNull(after),
      }),
  );
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function sessionOf(db: Connection): AuditSession {
  const session = sessions.get(db);
  if (!session) throw new Error('audit functions are not installed on this connection');
  return session;
}

export function auditActorOf(db: Connection): AuditActor {
  const s = sessionOf(db);
  const source = s.override ? 'override' : s.chosen ? 'setting' : 'os';
  return { actor: s.override ?? s.chosen ?? s.osUser, chosen: s.chosen, osUser: s.osUser, source };
}

/** Follows a change of the workspace's chosen name (the setting itself is written by the caller). */
export function setChosenActor(db: Connection, name: string | null): void {
  sessionOf(db).chosen = clean(name);
}

/** Makes this connection's audit entries use `now` (the app's injected clock); idempotent. */
export function bindAuditClock(db: Connection, now: () => Date): void {
  sessionOf(db).now = now;
}

/** Attributes this connection's next changes to `name` regardless of the workspace setting (null: stop). */
export function setActorOverride(db: Connection, name: string | null): void {
  sessionOf(db).override = clean(name);
}
