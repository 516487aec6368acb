import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../main/catalog/bundled';
import { closeWorkspaceDb, openWorkspaceDb } from '../../main/db/open';
import { listControls } from '../../main/db/controls';
import { createAssessment, getAssessment, updateAssessment } from '../../main/services/assessments';
import { applyCatalogUpdate, pendingCatalogUpdate } from '../../main/services/catalog-update';
import { updateControl } from '../../main/services/controls';
import type { ServiceContext } from '../../main/services/context';
import type { Catalog, CatalogControl } from '../../shared/catalog/schema';

const shipped = bundledCatalog();
const NOW = () => new Date('2026-11-22T10:00:00Z');

/** v1: the shipped catalog without two security controls, plus one control that v2 retires. */
function catalogs(): { v1: Catalog; v2: Catalog; added: string[]; retiredId: string } {
  const security = shipped.controls.filter((c) => c.criteria.some((id) => id.startsWith('CC')));
  const added = [security[3]!.id, security[7]!.id];
  const retiredControl: CatalogControl = { ...security[0]!, id: 'OLD-01', title: { en: 'Legacy firewall review', fr: 'Revue du pare-feu historique' } };
  const v1: Catalog = {
    ...shipped,
    version: '1.0.0',
    controls: [...shipped.controls.filter((c) => !added.includes(c.id)), retiredControl],
  };
  const v2: Catalog = { ...shipped, version: '2.0.0', retired: ['OLD-01'] };
  return { v1, v2, added, retiredId: 'OLD-01' };
}

describe('catalog upgrade', () => {
  it('an assessment made on catalog v1, opened with v2, keeps every edit; new controls are offered, retired ones flagged', () => {
    const { v1, v2, added, retiredId } = catalogs();
    const path = join(mkdtempSync(join(tmpdir(), 'fieldwork-upgrade-')), 'w.fwdb');

    let db = openWorkspaceDb(path, { create: true });
    const ctx1: ServiceContext = { db, catalog: v1, now: NOW };
    const assessment = createAssessment(ctx1, { organisation: 'Acme', systemName: 'API', reportType: 'I', categories: [] });
    const firstId = listControls(db, assessment.id).find((c) => c.controlId !== retiredId)!.controlId;
    updateControl(ctx1, assessment.id, firstId, { status: 'partial', ownerName: 'Ana', notes: 'in progress' });
    updateControl(ctx1, assessment.id, retiredId, { status: 'implemented', ownerName: 'Bo' });
    const before = listControls(db, assessment.id);
    expect(before.map((c) => c.controlId)).toContain(retiredId);
    for (const id of added) expect(before.map((c) => c.controlId)).not.toContain(id);
    closeWorkspaceDb(db);

    db = openWorkspaceDb(path);
    const ctx2: ServiceContext = { db, catalog: v2, now: NOW };
    // Opening with v2 changes nothing by itself: the assessment stays pinned to v1 until the user adopts v2.
    expect(listControls(db, assessment.id)).toEqual(before);
    expect(getAssessment(ctx2, assessment.id).catalogVersion).toBe('1.0.0');

    const pending = pendingCatalogUpdate(ctx2, assessment.id)!;
    expect(pending).toMatchObject({ from: '1.0.0', to: '2.0.0', retired: [retiredId] });
    expect(pending.offered.sort()).toEqual([...added].sort());
    // The UI no longer has v1's texts: the update carries the retired controls' titles from v1.
    expect(pending.retiredTitles).toEqual({ [retiredId]: { en: 'Legacy firewall review', fr: 'Revue du pare-feu historique' } });

    expect(() => applyCatalogUpdate(ctx2, assessment.id, ['NOT-OFFERED-01'])).toThrow(/Not offered/);
    expect(getAssessment(ctx2, assessment.id).catalogVersion).toBe('1.0.0');

    applyCatalogUpdate(ctx2, assessment.id, [added[0]!]);
    const after = listControls(db, assessment.id);
    const byId = new Map(after.map((c) => [c.controlId, c]));
    expect(byId.get(firstId)).toMatchObject({ status: 'partial', ownerName: 'Ana', notes: 'in progress', retired: false });
    expect(byId.get(retiredId)).toMatchObject({ status: 'implemented', ownerName: 'Bo', retired: true, title: 'Legacy firewall review' });
    expect(byId.has(added[0]!)).toBe(true);
    expect(byId.has(added[1]!)).toBe(false);
    expect(after).toHaveLength(before.length + 1);
    expect(getAssessment(ctx2, assessment.id).catalogVersion).toBe('2.0.0');
    expect(pendingCatalogUpdate(ctx2, assessment.id)).toBeNull();
    closeWorkspaceDb(db);
  });

  it('widening the scope of a pinned assessment draws from its own catalog version, not the newer one', () => {
    const { v1, v2, added } = catalogs();
    const path = join(mkdtempSync(join(tmpdir(), 'fieldwork-upgrade-')), 'w.fwdb');
    let db = openWorkspaceDb(path, { create: true });
    const assessment = createAssessment({ db, catalog: v1, now: NOW }, { organisation: 'Acme', systemName: 'API', reportType: 'I', categories: [] });
    closeWorkspaceDb(db);
    db = openWorkspaceDb(path);
    const ctx2: ServiceContext = { db, catalog: v2, now: NOW };
    updateAssessment(ctx2, assessment.id, { organisation: 'Acme', systemName: 'API', reportType: 'I', categories: ['availability'] });
    const ids = new Set(listControls(db, assessment.id).map((c) => c.controlId));
    const v1Availability = v1.controls.filter((c) => c.criteria.some((id) => id.startsWith('A1.'))).map((c) => c.id);
    expect(v1Availability.length).toBeGreaterThan(0);
    for (const id of v1Availability) expect(ids.has(id)).toBe(true);
    for (const id of added) expect(ids.has(id)).toBe(false);
    closeWorkspaceDb(db);
  });
});
