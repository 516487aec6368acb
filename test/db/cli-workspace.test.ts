import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectWorkspaceFile } from '../../main/db/cipher';
import { closeWorkspaceDb, integrityOf, openWorkspaceDb } from '../../main/db/open';
import { filesContaining, filesUnder } from '../support/disk-scan';

/* The command line of encrypted workspaces and backups, run as a user runs it: the real binary, no TTY. */

const BIN = join(import.meta.dirname, '../../bin/fieldwork.js');
const PASS = 'correct horse battery staple';

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FIELDWORK_PASSPHRASE: undefined,
    FIELDWORK_NEW_PASSPHRASE: undefined,
    ...env,
  };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: merged,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(args: string[], env: Record<string, string | undefined> = {}): string {
  const result = run(args, env);
  expect(result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
  return result.stdout;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-cli-ws-'));
  execFileSync(process.execPath, [BIN, '--version']);
}, 120_000);

describe('creating an encrypted workspace', () => {
  it('demo --encrypt takes the passphrase from FIELDWORK_PASSPHRASE and leaves no plaintext on disk', () => {
    const ws = join(dir, 'demo.fwdb');
    const id = ok(['demo', '--encrypt', '--workspace', ws], { FIELDWORK_PASSPHRASE: PASS }).trim();
    expect(detectWorkspaceFile(ws)).toBe('encrypted');
    // The demo's organisation and its generated evidence are nowhere in clear: database, store, backups.
    const everything = filesUnder(dir).filter((f) => f.startsWith(ws));
    expect(everything.length).toBeGreaterThan(10);
    expect(filesContaining(everything, 'Generated for the Fieldwork demo')).toEqual([]);
    expect(filesContaining(everything, 'ci-bot')).toEqual([]);
    const score = JSON.parse(ok(['score', '--workspace', ws, '--json'], { FIELDWORK_PASSPHRASE: PASS })) as {
      assessmentId: string;
    };
    expect(score.assessmentId).toBe(id);
    const verified = JSON.parse(
      ok(['evidence', 'verify', '--workspace', ws, '--json'], { FIELDWORK_PASSPHRASE: PASS }),
    ) as { summary: { total: number; ok: number } };
    expect(verified.summary.total).toBeGreaterThan(0);
    expect(verified.summary.ok).toBe(verified.summary.total);
  }, 60_000);

  it('without a terminal and without the variable: a clear error, and no file', () => {
    const ws = join(dir, 'no-pass.fwdb');
    const result = run([
      'assessment',
      'create',
      '--encrypt',
      '--workspace',
      ws,
      '--org',
      'A',
      '--system',
      'S',
      '--type',
      'I',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `fieldwork: error: A new passphrase for ${ws} is needed: set FIELDWORK_PASSPHRASE in the environment, or run the command in a terminal to type it. It is never accepted as an option, so that it stays out of shell history.\n`,
    );
    expect(existsSync(ws)).toBe(false);
  });

  it('never takes a passphrase as an option', () => {
    const ws = join(dir, 'flag.fwdb');
    const result = run(['demo', '--encrypt', '--passphrase', PASS, '--workspace', ws]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("unknown option '--passphrase'");
    expect(existsSync(ws)).toBe(false);
  });

  it('refuses a short passphrase', () => {
    const ws = join(dir, 'short.fwdb');
    const result = run(['demo', '--encrypt', '--workspace', ws], { FIELDWORK_PASSPHRASE: 'abc' });
    expect(result.stderr).toBe(
      'fieldwork: error: Choose a passphrase of at least 8 characters; a few unrelated words are easy to remember.\n',
    );
    expect(existsSync(ws)).toBe(false);
  });
});

describe('opening an encrypted workspace from the command line', () => {
  const ws = () => join(dir, 'open.fwdb');
  beforeAll(() => {
    ok(
      [
        'assessment',
        'create',
        '--encrypt',
        '--workspace',
        ws(),
        '--org',
        'Acme AI',
        '--system',
        'Scoring API',
        '--type',
        'I',
      ],
      { FIELDWORK_PASSPHRASE: PASS },
    );
  });

  it('asks for the passphrase it is not given, and refuses a wrong one without touching the file', () => {
    const locked = run(['assessment', 'list', '--workspace', ws()]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain(`The passphrase for ${ws()} is needed: set FIELDWORK_PASSPHRASE`);
    const before = statSync(ws()).mtimeMs;
    const wrong = run(['assessment', 'list', '--workspace', ws()], { FIELDWORK_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^fieldwork: error: That passphrase does not open .*open\.fwdb\. Check it/);
    expect(wrong.stderr).not.toContain('not the passphrase');
    expect(statSync(ws()).mtimeMs).toBe(before);
    const listed = JSON.parse(
      ok(['assessment', 'list', '--workspace', ws(), '--json'], { FIELDWORK_PASSPHRASE: PASS }),
    ) as { organisation: string }[];
    expect(listed.map((a) => a.organisation)).toEqual(['Acme AI']);
  });

  it('prompts without echo on a terminal', async () => {
    // `script` gives the command a pseudo-terminal; the passphrase is typed once the prompt shows, as a person would.
    const child = spawn(
      'script',
      ['-qec', `${process.execPath} ${BIN} assessment list --workspace ${ws()}`, '/dev/null'],
      {
        env: { ...process.env, FIELDWORK_PASSPHRASE: '' },
      },
    );
    let output = '';
    let typed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (!typed && output.includes('Passphrase for')) {
        typed = true;
        child.stdin.write(`${PASS}\r`);
      }
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(output).toContain(`Passphrase for ${ws()}: `);
    expect(output).toContain('Acme AI');
    expect(output).not.toContain(PASS);
  }, 30_000);

  it('workspace info says what the file is', () => {
    const info = JSON.parse(
      ok(['workspace', 'info', '--workspace', ws(), '--json'], { FIELDWORK_PASSPHRASE: PASS }),
    ) as Record<string, unknown>;
    expect(info).toMatchObject({ encrypted: true, evidenceSealed: true, integrity: 'ok', evidenceFiles: 0 });
  });
});

describe('encrypt, rekey, backups and restore', () => {
  it('walks the whole life of a workspace', () => {
    const ws = join(dir, 'life.fwdb');
    ok(['assessment', 'create', '--workspace', ws, '--org', 'Plain Org', '--system', 'S', '--type', 'I']);
    const log = join(dir, 'okta.log');
    writeFileSync(log, 'plaintext-evidence-line user=ana\n'.repeat(1000));
    ok([
      'evidence',
      'add',
      '--workspace',
      ws,
      '--control',
      'IAM-01',
      '--file',
      log,
      '--kind',
      'log_export',
      '--date',
      '2026-10-01',
    ]);

    const encrypted = run(['workspace', 'encrypt', '--workspace', ws], { FIELDWORK_PASSPHRASE: PASS });
    expect(encrypted.code).toBe(0);
    expect(encrypted.stdout).toBe(`${ws} is now encrypted (1 evidence files sealed).\n`);
    expect(encrypted.stderr).toMatch(
      /The unencrypted original was kept at .*life\.unencrypted-.*\.fwdb and its evidence at .*life\.fwdb\.evidence-unencrypted-/,
    );
    expect(filesContaining(filesUnder(`${ws}.evidence`), 'plaintext-evidence-line')).toEqual([]);

    const rekey = run(['workspace', 'rekey', '--workspace', ws], {
      FIELDWORK_PASSPHRASE: PASS,
      FIELDWORK_NEW_PASSPHRASE: 'second passphrase 2',
    });
    expect(rekey.code).toBe(0);
    expect(rekey.stderr).toMatch(/still open with the old passphrase/);
    expect(run(['assessment', 'list', '--workspace', ws], { FIELDWORK_PASSPHRASE: PASS }).code).toBe(1);
    const env = { FIELDWORK_PASSPHRASE: 'second passphrase 2' };
    ok(['workspace', 'backup', '--workspace', ws], env);
    const backups = JSON.parse(ok(['workspace', 'backups', '--workspace', ws, '--json'])) as {
      kind: string;
      encrypted: boolean;
    }[];
    expect(backups.map((b) => b.kind)).toEqual(['manual', 'auto', 'before-passphrase-change']);
    expect(backups.every((b) => b.encrypted)).toBe(true);

    ok(['assessment', 'create', '--workspace', ws, '--org', 'Added later', '--system', 'S', '--type', 'I'], env);
    const restored = JSON.parse(ok(['workspace', 'restore', '--workspace', ws, '--latest', '--json'], env)) as {
      restored: string;
      preserved: string;
    };
    expect(restored.restored).toMatch(/\.manual\.fwdb$/);
    expect(restored.preserved).toMatch(/\.before-restore\.fwdb$/);
    const orgs = (
      JSON.parse(ok(['assessment', 'list', '--workspace', ws, '--json'], env)) as { organisation: string }[]
    ).map((a) => a.organisation);
    expect(orgs).toEqual(['Plain Org']);
  }, 60_000);
});

describe('crashes', () => {
  it('a process killed while sealing evidence leaves no plaintext in the store’s temp folder', async () => {
    const ws = join(dir, 'crash.fwdb');
    ok(['assessment', 'create', '--encrypt', '--workspace', ws, '--org', 'Crash Org', '--system', 'S', '--type', 'I'], {
      FIELDWORK_PASSPHRASE: PASS,
    });
    const big = join(dir, 'big.log');
    writeFileSync(big, 'SENSITIVE-LOG-LINE user=ana action=export\n'.repeat(4_000_000)); // ~170 MB
    const child = spawn(
      process.execPath,
      [
        BIN,
        'evidence',
        'add',
        '--workspace',
        ws,
        '--control',
        'IAM-01',
        '--file',
        big,
        '--kind',
        'log_export',
        '--date',
        '2026-10-01',
      ],
      {
        env: { ...process.env, FIELDWORK_PASSPHRASE: PASS },
        stdio: 'ignore',
      },
    );
    const partial = join(`${ws}.evidence`, '.partial');
    // Kill it once the sealed copy has grown past 20 MB.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const timer = setInterval(() => {
        const files = existsSync(partial) ? readdirSync(partial) : [];
        const size = files.reduce((sum, f) => sum + statSync(join(partial, f)).size, 0);
        if (size > 20 * 2 ** 20 || Date.now() - started > 60_000) {
          clearInterval(timer);
          child.kill('SIGKILL');
          if (size > 20 * 2 ** 20) resolve();
          else reject(new Error('the copy never grew'));
        }
      }, 5);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const left = filesUnder(partial);
    expect(left).toHaveLength(1);
    expect(filesContaining(left, 'SENSITIVE-LOG-LINE')).toEqual([]);
    expect(filesContaining(filesUnder(`${ws}.evidence`), 'SENSITIVE-LOG-LINE')).toEqual([]);
    // And the workspace holds nothing half-added.
    const db = openWorkspaceDb(ws, { passphrase: PASS });
    expect(db.prepare('SELECT count(*) FROM evidence_items').pluck().get()).toBe(0);
    closeWorkspaceDb(db);
  }, 120_000);

  it('a process killed during a passphrase change leaves a workspace that opens with the old or the new one, intact', async () => {
    const ws = join(dir, 'rekey-crash.fwdb');
    ok(['demo', '--encrypt', '--workspace', ws], { FIELDWORK_PASSPHRASE: PASS });
    const NEW = 'the new passphrase 9';
    const BUNDLE = join(import.meta.dirname, '../../out/cli/fieldwork.mjs'); // built above: no rebuild in the timing
    const journal = '.rekey-crash.fwdb.rekeying-journal';
    const outcomes = { old: 0, new: 0, killedWhileRekeying: 0 };
    let current = PASS;
    for (let attempt = 0; attempt < 8; attempt++) {
      const next = current === PASS ? NEW : PASS;
      const child = spawn(process.execPath, [BUNDLE, 'workspace', 'rekey', '--workspace', ws], {
        env: { ...process.env, FIELDWORK_PASSPHRASE: current, FIELDWORK_NEW_PASSPHRASE: next },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Attempts 0–5 kill while the copy is being rekeyed (its rollback journal exists), a little later
      // each time; attempt 6 kills early, during start-up and the key checks; attempt 7 runs to the end.
      if (attempt === 6) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        child.kill('SIGKILL');
      } else if (attempt < 6) {
        await new Promise<void>((resolve) => {
          const started = Date.now();
          const timer = setInterval(() => {
            const rekeying = existsSync(join(dir, journal));
            if (rekeying || Date.now() - started > 60_000) {
              clearInterval(timer);
              if (rekeying) outcomes.killedWhileRekeying += 1;
              setTimeout(() => {
                child.kill('SIGKILL');
                resolve();
              }, attempt * 3);
            }
          }, 1);
        });
      }
      await exited;
      let opened: string | null = null;
      for (const pass of [PASS, NEW]) {
        try {
          const db = openWorkspaceDb(ws, { passphrase: pass });
          expect(integrityOf(db)).toBe('ok');
          expect(db.prepare('SELECT count(*) FROM assessments').pluck().get()).toBe(1);
          closeWorkspaceDb(db);
          opened = pass;
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== 'wrong_passphrase') throw error;
        }
      }
      expect(opened).not.toBeNull();
      if (opened === current) outcomes.old += 1;
      else outcomes.new += 1;
      current = opened ?? current;
    }
    expect(outcomes.old + outcomes.new).toBe(8);
    expect(outcomes.killedWhileRekeying).toBeGreaterThanOrEqual(3);
    expect(outcomes.new).toBeGreaterThanOrEqual(1); // at least the attempt that ran to the end
  }, 180_000);
});
