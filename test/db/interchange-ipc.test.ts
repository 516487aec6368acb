import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWorkspaceDb } from '../../main/db/open';
import type { AppState } from '../../main/ipc/app-state';
import { ScriptedDialogs } from '../e2e/support/dialogs';
import { appStateAt, callChannel as call, refusal as refused } from '../support/app-state';
import { buildRealisticWorkspace } from '../support/interchange-workspace';
import { oscalErrors } from '../support/oscal-schemas';

/* The interchange channels exactly as the window calls them: schema at the door, main's own dialogs, real files. */

let dir: string;
let site: AppState;
let office: AppState;
let assessmentId: string;
const siteDialogs = new ScriptedDialogs();
const officeDialogs = new ScriptedDialogs();

const appOn = (path: string, dialogs: ScriptedDialogs): AppState =>
  appStateAt(path, { now: () => new Date('2026-11-24T08:00:00Z'), dialogs, version: '0.1.0-test' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldwork-interchange-ipc-'));
  const ws = await buildRealisticWorkspace(dir, 'site.fwdb');
  assessmentId = ws.assessmentId;
  closeWorkspaceDb(ws.db);
  site = appOn(join(dir, 'site.fwdb'), siteDialogs);
  office = appOn(join(dir, 'office.fwdb'), officeDialogs);
}, 120_000);

afterAll(() => {
  site.close();
  office.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('OSCAL and evidence package channels', () => {
  it('export OSCAL where the user chooses, with a proposed name; cancel writes nothing', async () => {
    const path = join(dir, 'chosen-ar.json');
    siteDialogs.answerExport(path);
    expect(await call(site, 'oscal:export', { assessmentId, kind: 'assessment-results' })).toEqual({ path });
    expect(siteDialogs.proposedExports.at(-1)).toEqual({
      name: 'fieldwork-oscal-assessment-results-helio-analytics-sas-2026-11-24.json',
      kind: 'json',
    });
    expect(oscalErrors('assessment-results', JSON.parse(readFileSync(path, 'utf8')))).toEqual([]);
    siteDialogs.answerExport(null);
    expect(await call(site, 'oscal:export', { assessmentId, kind: 'poam' })).toBeNull();
    expect(siteDialogs.proposedExports.at(-1)?.name).toMatch(/^fieldwork-oscal-poam-/);
  });

  it('build a package and verify it through a file dialog', async () => {
    const path = join(dir, 'package.zip');
    siteDialogs.answerExport(path);
    const built = await call(site, 'package:build', { assessmentId });
    expect(built).toMatchObject({ path, evidenceFiles: 8, notes: [] });
    siteDialogs.answerFileToOpen(path);
    const report = await call(site, 'package:verify', {});
    expect(report?.ok).toBe(true);
    expect(siteDialogs.openedKinds.at(-1)).toBe('zip');
    siteDialogs.answerFileToOpen(null);
    expect(await call(site, 'package:verify', {})).toBeNull();
  });

  it('refuse an unknown kind and an extra field at the door', async () => {
    expect((await refused(site, 'oscal:export', { assessmentId, kind: 'ssp' })).code).toBe('invalid_input');
    expect((await refused(site, 'package:verify', { path: '/etc/passwd' })).code).toBe('invalid_input');
  });
});

describe('portable assessment channels', () => {
  let file: string;
  it('export encrypted, then choose, inspect and import the file into another workspace', async () => {
    file = join(dir, 'helio.fwassess');
    siteDialogs.answerExport(file);
    const exported = await call(site, 'portable:export', { assessmentId, passphrase: 'long enough passphrase' });
    expect(exported).toMatchObject({ path: file, encrypted: true, evidenceFiles: 7 });
    expect(siteDialogs.proposedExports.at(-1)).toEqual({
      name: 'fieldwork-assessment-helio-analytics-sas-2026-11-24.fwassess',
      kind: 'fwassess',
    });

    officeDialogs.answerFileToOpen(file);
    const chosen = await call(office, 'portable:chooseFile', {});
    expect(chosen?.name).toBe('helio.fwassess');
    const token = chosen?.token ?? '';
    expect((await refused(office, 'portable:inspect', { token })).code).toBe('passphrase_required');
    expect((await refused(office, 'portable:inspect', { token, passphrase: 'wrong passphrase' })).code).toBe(
      'wrong_passphrase',
    );
    const preview = await call(office, 'portable:inspect', { token, passphrase: 'long enough passphrase' });
    expect(preview).toMatchObject({
      encrypted: true,
      duplicate: null,
      assessment: { id: assessmentId, systemName: 'Helio Copilot — LLM assistant and credit-risk scoring API' },
    });
    const imported = await call(office, 'portable:import', { token, passphrase: 'long enough passphrase' });
    expect(imported).toMatchObject({ status: 'imported', mode: 'new', assessmentId });
    expect((await call(office, 'assessment:list', {})).map((a) => a.id)).toEqual([assessmentId]);
  });

  it('report the duplicate on a second import and follow the choice', async () => {
    officeDialogs.answerFileToOpen(file);
    const token = (await call(office, 'portable:chooseFile', {}))?.token ?? '';
    const preview = await call(office, 'portable:inspect', { token, passphrase: 'long enough passphrase' });
    expect(preview.duplicate?.id).toBe(assessmentId);
    expect((await refused(office, 'portable:import', { token, passphrase: 'long enough passphrase' })).code).toBe(
      'duplicate_assessment',
    );
    const copy = await call(office, 'portable:import', {
      token,
      passphrase: 'long enough passphrase',
      onDuplicate: 'copy',
    });
    expect(copy.mode).toBe('copy');
    expect(await call(office, 'assessment:list', {})).toHaveLength(2);
  });

  it('accept only tokens main handed out, never a path from the page', async () => {
    expect((await refused(office, 'portable:import', { token: file })).code).toBe('invalid_input');
    expect((await refused(office, 'portable:import', { token: '2b1c7f4e-9a43-4f3e-8d7a-1c2b3d4e5f60' })).code).toBe(
      'not_found',
    );
    expect((await refused(office, 'portable:export', { assessmentId, passphrase: '' })).code).toBe('invalid_input');
    expect(existsSync(join(dir, 'office.fwdb'))).toBe(true);
  });
});
