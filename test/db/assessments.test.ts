import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { createAssessment, getAssessment, listAssessments, updateAssessment } from '../../main/services/assessments';
import {
  addCustomControl,
  bulkUpdateControls,
  deleteCustomControl,
  getControl,
  listControls,
  updateControl,
} from '../../main/services/controls';
import type { ServiceContext } from '../../main/services/context';
import type { Catalog } from '../../shared/catalog/schema';
import type { AssessmentControl, CategoryKey } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import { smallCatalog } from '../support/small-catalog';

/*
 * The services on a real workspace file. They run on a small test catalog, and also on the shipped
 * catalog once all of its files exist (it is being written in parallel; the services do not depend on
 * its content). Expected control sets are computed from the catalog with a filter of our own.
 */

const CONTROL_FILES = [
  'common-criteria-cc1-cc5.json',
  'common-criteria-cc6-cc9.json',
  'privacy-availability-integrity-confidentiality.json',
  'ai-data-and-model-lifecycle.json',
  'ai-operations-vendors-governance.json',
];
const CONTROLS_DIR = fileURLToPath(new URL('../../assets/catalog/controls/', import.meta.url));
const shippedCatalogPresent = CONTROL_FILES.every((f) => existsSync(join(CONTROLS_DIR, f)));

const catalogs: { name: string; load: () => Promise<Catalog> }[] = [
  { name: 'small test catalog', load: () => Promise.resolve(smallCatalog()) },
];
if (shippedCatalogPresent) {
  catalogs.push({
    name: 'shipped catalog',
    load: async () => (await import('../../main/catalog/bundled')).bundledCatalog(),
  });
}

/** Category of a criterion id, by its prefix (deliberately not using the code's own criteria table). */
function categoryOf(criterionId: string): CategoryKey {
  if (/^CC\d\.\d$/.test(criterionId)) return 'security';
  if (/^A1\.\d$/.test(criterionId)) return 'availability';
  if (/^PI1\.\d$/.test(criterionId)) return 'processing-integrity';
  if (/^C1\.\d$/.test(criterionId)) return 'confidentiality';
  if (/^P\d\.\d$/.test(criterionId)) return 'privacy';
  throw new Error(`unexpected criterion id ${criterionId}`);
}

function expectedIds(catalog: Catalog, categories: readonly CategoryKey[]): string[] {
  return catalog.controls.filter((c) => c.criteria.some((id) => categories.includes(categoryOf(id)))).map((c) => c.id);
}

const BASE_INPUT = {
  organisation: 'Acme Robotics',
  systemName: 'Vision inference API',
  reportType: 'II',
  categories: [] as CategoryKey[],
  windowStart: '2026-09-01',
  windowEnd: '2027-02-28',
  assessors: ['Ana Lopez'],
};

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

describe.each(catalogs)('assessment and control services ($name)', ({ load }) => {
  let catalog: Catalog;
  let dir: string;
  let path: string;
  let ctx: ServiceContext;
  let tick: number;

  /** A clock that moves one second per call, so created/updated timestamps are predictable. */
  const now = () => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++));

  beforeEach(async () => {
    catalog = await load();
    dir = mkdtempSync(join(tmpdir(), 'fieldwork-services-'));
    path = join(dir, 'workspace.fwdb');
    tick = 0;
    ctx = { db: openWorkspaceDb(path, { create: true }), catalog, now };
  });

  afterEach(() => {
    closeWorkspaceDb(ctx.db);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Closes the workspace file and opens it again: only what reached the disk survives. */
  function reopen(): void {
    closeWorkspaceDb(ctx.db);
    ctx = { db: openWorkspaceDb(path), catalog, now };
  }

  function securityOnly() {
    return createAssessment(ctx, BASE_INPUT);
  }

  function firstCatalogControl(assessmentId: string): AssessmentControl {
    const control = listControls(ctx.db, assessmentId).find((c) => c.source === 'catalog');
    if (!control) throw new Error('the catalog has no control in scope');
    return control;
  }

  describe('createAssessment', () => {
    it('instantiates exactly the catalog controls that map to an in-scope criterion', () => {
      const assessment = securityOnly();
      const expected = expectedIds(catalog, ['security']);
      expect(expected.length).toBeGreaterThan(0);
      const controls = listControls(ctx.db, assessment.id);
      // Catalog order is kept (sort_order follows the catalog).
      expect(controls.map((c) => c.controlId)).toEqual(expected);
      for (const control of controls) {
        const source = catalog.controls.find((c) => c.id === control.controlId);
        expect(control).toMatchObject({
          assessmentId: assessment.id,
          source: 'catalog',
          title: null,
          description: null,
          status: 'not_assessed',
          justification: '',
          ownerName: '',
          notes: '',
          retired: false,
          criteria: source?.criteria,
          stage: source?.stage,
          frequency: source?.frequency,
          ownerFunction: source?.ownerFunction,
          isKey: source?.keyDefault,
        });
      }
    });

    it('instantiates every control that maps to any criterion when all five categories are in scope', () => {
      const all: CategoryKey[] = ['privacy', 'confidentiality', 'processing-integrity', 'availability'];
      const assessment = createAssessment(ctx, { ...BASE_INPUT, categories: all });
      expect(assessment.categories).toEqual(['security', 'availability', 'processing-integrity', 'confidentiality', 'privacy']);
      expect(listControls(ctx.db, assessment.id).map((c) => c.controlId)).toEqual(
        expectedIds(catalog, ['security', ...all]),
      );
    });

    it('stores the normalised assessment with the catalog version and the injected clock', () => {
      // A fixed instant: the test must not depend on how many times the service reads the clock.
      ctx = { ...ctx, now: () => new Date('2026-11-22T09:00:00.000Z') };
      const assessment = securityOnly();
      expect(assessment).toMatchObject({
        organisation: 'Acme Robotics',
        systemName: 'Vision inference API',
        reportType: 'II',
        categories: ['security'],
        windowStart: '2026-09-01',
        windowEnd: '2027-02-28',
        reviewDate: '2026-10-31', // 2026-09-01 + 60 days
        assessors: ['Ana Lopez'],
        catalogVersion: catalog.version,
        createdAt: '2026-11-22T09:00:00.000Z',
      });
      expect(assessment.createdAt).toBe(assessment.updatedAt);
      reopen();
      expect(getAssessment(ctx, assessment.id)).toEqual(assessment);
      expect(listAssessments(ctx.db)).toEqual([assessment]);
      expect(listControls(ctx.db, assessment.id)).toHaveLength(expectedIds(catalog, ['security']).length);
    });

    it('refuses invalid input with invalid_input and the validation message, writing nothing', () => {
      const error = caught(() => createAssessment(ctx, { ...BASE_INPUT, windowStart: null, windowEnd: null }));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain('A Type II assessment needs the observation window start date.');

      const tooShort = caught(() => createAssessment(ctx, { ...BASE_INPUT, windowEnd: '2026-10-30' }));
      expect(tooShort.code).toBe('invalid_input');
      expect(tooShort.message).toContain('59 days');

      expect(caught(() => createAssessment(ctx, { ...BASE_INPUT, organisation: ' ' })).code).toBe('invalid_input');
      expect(listAssessments(ctx.db)).toEqual([]);
      expect(ctx.db.prepare('SELECT count(*) FROM assessment_controls').pluck().get()).toBe(0);
    });
  });

  describe('updateAssessment', () => {
    it('widening the scope adds the new category controls and keeps earlier edits', () => {
      const assessment = securityOnly();
      const edited = firstCatalogControl(assessment.id);
      updateControl(ctx, assessment.id, edited.controlId, { status: 'partial', ownerName: 'Bo Chen', notes: 'Half done' });

      const widened = updateAssessment(ctx, assessment.id, { ...BASE_INPUT, categories: ['availability'] });
      expect(widened.categories).toEqual(['security', 'availability']);
      expect(widened.createdAt).toBe(assessment.createdAt);
      expect(widened.updatedAt > assessment.updatedAt).toBe(true);

      const security = expectedIds(catalog, ['security']);
      const both = expectedIds(catalog, ['security', 'availability']);
      const added = both.filter((id) => !security.includes(id));
      expect(added.length).toBeGreaterThan(0);
      // Existing controls keep their place; the new ones follow in catalog order.
      const ids = listControls(ctx.db, assessment.id).map((c) => c.controlId);
      expect(ids).toEqual([...security, ...added]);
      expect(getControl(ctx, assessment.id, edited.controlId)).toMatchObject({ status: 'partial', ownerName: 'Bo Chen', notes: 'Half done' });
      for (const id of added) expect(getControl(ctx, assessment.id, id).status).toBe('not_assessed');

      reopen();
      expect(getAssessment(ctx, assessment.id).categories).toEqual(['security', 'availability']);
      expect(listControls(ctx.db, assessment.id).map((c) => c.controlId)).toEqual([...security, ...added]);
      expect(getControl(ctx, assessment.id, edited.controlId).status).toBe('partial');
    });

    it('narrowing the scope keeps every control and edit', () => {
      const assessment = createAssessment(ctx, { ...BASE_INPUT, categories: ['availability'] });
      const before = listControls(ctx.db, assessment.id);
      const narrowed = updateAssessment(ctx, assessment.id, BASE_INPUT);
      expect(narrowed.categories).toEqual(['security']);
      expect(listControls(ctx.db, assessment.id)).toEqual(before);
    });

    it('refuses an unknown assessment and invalid input', () => {
      expect(caught(() => updateAssessment(ctx, 'no-such-id', BASE_INPUT)).code).toBe('not_found');
      const assessment = securityOnly();
      const error = caught(() => updateAssessment(ctx, assessment.id, { ...BASE_INPUT, windowEnd: '2026-08-01' }));
      expect(error.code).toBe('invalid_input');
      reopen();
      expect(getAssessment(ctx, assessment.id)).toEqual(assessment);
    });
  });

  describe('updateControl', () => {
    it('requires a justification to mark a control not applicable', () => {
      const assessment = securityOnly();
      const control = firstCatalogControl(assessment.id);
      expect(caught(() => updateControl(ctx, assessment.id, control.controlId, { status: 'not_applicable' })).code).toBe(
        'justification_required',
      );
      expect(
        caught(() => updateControl(ctx, assessment.id, control.controlId, { status: 'not_applicable', justification: '   ' })).code,
      ).toBe('justification_required');
      expect(getControl(ctx, assessment.id, control.controlId)).toEqual(control);

      const updated = updateControl(ctx, assessment.id, control.controlId, {
        status: 'not_applicable',
        justification: '  No production models are trained in-house.  ',
      });
      expect(updated.status).toBe('not_applicable');
      expect(updated.justification).toBe('No production models are trained in-house.');

      // Clearing the justification of an N/A control is refused too.
      expect(caught(() => updateControl(ctx, assessment.id, control.controlId, { justification: '' })).code).toBe(
        'justification_required',
      );

      reopen();
      expect(getControl(ctx, assessment.id, control.controlId)).toMatchObject({
        status: 'not_applicable',
        justification: 'No production models are trained in-house.',
      });
    });

    it('saves owner, function, notes and the key flag', () => {
      const assessment = securityOnly();
      const control = firstCatalogControl(assessment.id);
      const updated = updateControl(ctx, assessment.id, control.controlId, {
        status: 'implemented',
        ownerName: '  Dana Okafor ',
        ownerFunction: 'legal',
        notes: 'Reviewed with counsel.\nSecond line.',
        isKey: !control.isKey,
      });
      const expected = {
        status: 'implemented',
        ownerName: 'Dana Okafor',
        ownerFunction: 'legal',
        notes: 'Reviewed with counsel.\nSecond line.',
        isKey: !control.isKey,
        criteria: control.criteria,
        source: 'catalog',
      };
      expect(updated).toMatchObject(expected);
      expect(updated.updatedAt > control.updatedAt).toBe(true);

      // Clearing the owner function is allowed.
      updateControl(ctx, assessment.id, control.controlId, { ownerFunction: null });

      reopen();
      expect(getControl(ctx, assessment.id, control.controlId)).toMatchObject({ ...expected, ownerFunction: null });
    });

    it('refuses title, description and criteria on a catalog control', () => {
      const assessment = securityOnly();
      const control = firstCatalogControl(assessment.id);
      for (const patch of [{ title: 'Renamed' }, { description: 'Changed' }, { criteria: ['CC1.1'] }]) {
        const error = caught(() => updateControl(ctx, assessment.id, control.controlId, { status: 'implemented', ...patch }));
        expect(error.code).toBe('invalid_input');
        expect(error.message).toContain(control.controlId);
      }
      expect(getControl(ctx, assessment.id, control.controlId)).toEqual(control);
    });

    it('refuses an unknown control or assessment', () => {
      const assessment = securityOnly();
      expect(caught(() => updateControl(ctx, assessment.id, 'NOPE-99', { status: 'implemented' })).code).toBe('not_found');
      expect(caught(() => updateControl(ctx, 'no-such-id', 'NOPE-99', { status: 'implemented' })).code).toBe('not_found');
    });
  });

  describe('custom controls', () => {
    it('numbers custom controls CUS-01, CUS-02 and normalises their criteria', () => {
      const assessment = securityOnly();
      const catalogCount = listControls(ctx.db, assessment.id).length;
      const first = addCustomControl(ctx, assessment.id, {
        title: 'Red-team the prompt filter',
        criteria: [' cc6.1 ', 'a1.2', 'CC6.1'],
      });
      expect(first).toMatchObject({
        controlId: 'CUS-01',
        source: 'custom',
        title: 'Red-team the prompt filter',
        description: '',
        criteria: ['CC6.1', 'A1.2'],
        stage: 'organisation_wide',
        frequency: 'quarterly',
        status: 'not_assessed',
        isKey: false,
        ownerFunction: null,
      });
      const second = addCustomControl(ctx, assessment.id, {
        title: 'Model card review',
        description: 'Every model card is reviewed before release.',
        criteria: ['CC8.1'],
        stage: 'model_registry',
        frequency: 'per_event',
        isKey: true,
      });
      expect(second).toMatchObject({ controlId: 'CUS-02', stage: 'model_registry', frequency: 'per_event', isKey: true });

      const ids = listControls(ctx.db, assessment.id).map((c) => c.controlId);
      expect(ids).toHaveLength(catalogCount + 2);
      expect(ids.slice(-2)).toEqual(['CUS-01', 'CUS-02']);

      // A custom control's own fields can be edited, criteria normalised again.
      const edited = updateControl(ctx, assessment.id, 'CUS-01', { title: 'Red-team prompts', criteria: ['p4.1 ', 'CC7.2'] });
      expect(edited).toMatchObject({ title: 'Red-team prompts', criteria: ['P4.1', 'CC7.2'] });

      reopen();
      expect(getControl(ctx, assessment.id, 'CUS-01')).toMatchObject({ title: 'Red-team prompts', criteria: ['P4.1', 'CC7.2'], source: 'custom' });
      expect(getControl(ctx, assessment.id, 'CUS-02')).toMatchObject({
        title: 'Model card review',
        description: 'Every model card is reviewed before release.',
        criteria: ['CC8.1'],
        isKey: true,
      });
    });

    it('refuses an unknown criterion and a duplicate id, adding nothing', () => {
      const assessment = securityOnly();
      const before = listControls(ctx.db, assessment.id);

      const unknown = caught(() => addCustomControl(ctx, assessment.id, { title: 'X', criteria: ['CC6.1', 'CC10.1'] }));
      expect(unknown.code).toBe('invalid_input');
      expect(unknown.message).toContain('CC10.1');
      expect(listControls(ctx.db, assessment.id)).toEqual(before);

      addCustomControl(ctx, assessment.id, { controlId: 'CUS-07', title: 'Seventh', criteria: ['CC1.1'] });
      expect(caught(() => addCustomControl(ctx, assessment.id, { controlId: 'cus-07', title: 'Again', criteria: ['CC1.1'] })).code).toBe(
        'duplicate',
      );
      const catalogId = firstCatalogControl(assessment.id).controlId;
      expect(caught(() => addCustomControl(ctx, assessment.id, { controlId: catalogId, title: 'Clash', criteria: ['CC1.1'] })).code).toBe(
        'duplicate',
      );
      // A catalog id that is not instantiated in this assessment is still reserved.
      const outOfScope = catalog.controls.find((c) => !before.some((b) => b.controlId === c.id));
      if (outOfScope) {
        expect(
          caught(() => addCustomControl(ctx, assessment.id, { controlId: outOfScope.id, title: 'Clash', criteria: ['CC1.1'] })).code,
        ).toBe('duplicate');
      }
      expect(listControls(ctx.db, assessment.id)).toHaveLength(before.length + 1);
      // Auto numbering continues above the highest custom id (CUS-07), so an id is never reused after a deletion.
      expect(addCustomControl(ctx, assessment.id, { title: 'Auto', criteria: ['CC1.1'] }).controlId).toBe('CUS-08');
      deleteCustomControl(ctx, assessment.id, 'CUS-08');
      expect(addCustomControl(ctx, assessment.id, { title: 'Auto again', criteria: ['CC1.1'] }).controlId).toBe('CUS-09');
    });

    it('deletes a custom control but never a catalog control', () => {
      const assessment = securityOnly();
      addCustomControl(ctx, assessment.id, { title: 'Keep', criteria: ['CC1.1'] });
      addCustomControl(ctx, assessment.id, { title: 'Drop', criteria: ['CC1.2'] });
      deleteCustomControl(ctx, assessment.id, 'CUS-02');
      expect(caught(() => getControl(ctx, assessment.id, 'CUS-02')).code).toBe('not_found');

      const catalogControl = firstCatalogControl(assessment.id);
      expect(caught(() => deleteCustomControl(ctx, assessment.id, catalogControl.controlId)).code).toBe('invalid_input');
      expect(caught(() => deleteCustomControl(ctx, assessment.id, 'CUS-99')).code).toBe('not_found');

      reopen();
      const ids = listControls(ctx.db, assessment.id).map((c) => c.controlId);
      expect(ids).toContain('CUS-01');
      expect(ids).not.toContain('CUS-02');
      expect(ids).toContain(catalogControl.controlId);
    });
  });

  describe('bulkUpdateControls', () => {
    it('updates every listed control', () => {
      const assessment = securityOnly();
      const ids = listControls(ctx.db, assessment.id).map((c) => c.controlId);
      const count = bulkUpdateControls(ctx, assessment.id, ids, { status: 'implemented', ownerName: 'Platform team', ownerFunction: 'engineering' });
      expect(count).toBe(ids.length);
      reopen();
      for (const control of listControls(ctx.db, assessment.id)) {
        expect(control).toMatchObject({ status: 'implemented', ownerName: 'Platform team', ownerFunction: 'engineering' });
      }
    });

    it('is all or nothing: one unknown id changes nothing', () => {
      const assessment = securityOnly();
      const before = listControls(ctx.db, assessment.id);
      const ids = before.map((c) => c.controlId);
      // The bad id comes last, after every good one has been written inside the transaction.
      const error = caught(() => bulkUpdateControls(ctx, assessment.id, [...ids, 'NOPE-99'], { status: 'implemented', ownerName: 'X' }));
      expect(error.code).toBe('not_found');
      expect(listControls(ctx.db, assessment.id)).toEqual(before);
      reopen();
      expect(listControls(ctx.db, assessment.id)).toEqual(before);
    });

    it('is all or nothing: N/A without justification changes nothing', () => {
      const assessment = securityOnly();
      const before = listControls(ctx.db, assessment.id);
      const ids = before.map((c) => c.controlId);
      expect(caught(() => bulkUpdateControls(ctx, assessment.id, ids, { status: 'not_applicable' })).code).toBe('justification_required');
      expect(listControls(ctx.db, assessment.id)).toEqual(before);
      expect(bulkUpdateControls(ctx, assessment.id, ids, { status: 'not_applicable', justification: 'Out of scope for the pilot.' })).toBe(ids.length);
      reopen();
      expect(listControls(ctx.db, assessment.id).every((c) => c.status === 'not_applicable' && c.justification === 'Out of scope for the pilot.')).toBe(true);
    });
  });
});
