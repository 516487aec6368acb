import { describe, expect, it } from 'vitest';
import { CATALOG_FILES, bundledCatalog } from '../../main/catalog/bundled';
import { CRITERION_REFS } from '../../shared/catalog/criteria-ids';
import { ISO42001_ANNEX_A_IDS, NIST_AI_RMF_IDS } from '../../shared/catalog/frameworks';
import { controlsFileSchema, criteriaFileSchema } from '../../shared/catalog/schema';
import { AI_TOPICS, BASELINE_TOPICS } from '../../shared/catalog/topics';
import { coverageByCriterion } from '../../shared/catalog/validate';

const catalog = bundledCatalog();

/** Every text of the catalog in one language, with where it sits, to find gaps and untranslated copies. */
function localisedTexts(): Array<{ where: string; en: string; fr: string }> {
  const out: Array<{ where: string; en: string; fr: string }> = [];
  for (const c of catalog.criteria) {
    out.push({ where: `${c.id}.title`, ...c.title }, { where: `${c.id}.summary`, ...c.summary });
  }
  for (const c of catalog.controls) {
    out.push({ where: `${c.id}.title`, ...c.title }, { where: `${c.id}.description`, ...c.description });
    c.evidence.forEach((e, i) => out.push({ where: `${c.id}.evidence[${i}]`, ...e.description }));
    c.testProcedure.forEach((t, i) => out.push({ where: `${c.id}.testProcedure[${i}]`, ...t.description }));
    c.pitfalls.forEach((p, i) => out.push({ where: `${c.id}.pitfalls[${i}]`, ...p }));
  }
  return out;
}

describe('the shipped catalog', () => {
  it('every data file passes its schema', () => {
    expect(criteriaFileSchema.safeParse(CATALOG_FILES.criteriaFile).success).toBe(true);
    for (const file of CATALOG_FILES.controlFiles) {
      const parsed = controlsFileSchema.safeParse(file);
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    }
  });

  it('has exactly the 61 Trust Services Criteria, each in its category and group', () => {
    expect(catalog.criteria.map((c) => c.id)).toEqual(CRITERION_REFS.map((c) => c.id));
    expect(catalog.criteria).toHaveLength(61);
    for (const [i, ref] of CRITERION_REFS.entries()) {
      expect(catalog.criteria[i]).toMatchObject({ id: ref.id, category: ref.category, group: ref.group });
    }
  });

  it('has at least 120 controls, 45 of them AI/ML-specific, with unique ids', () => {
    const ids = catalog.controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(120);
    expect(catalog.controls.filter((c) => c.aiSpecific).length).toBeGreaterThanOrEqual(45);
  });

  it('covers every criterion with at least two controls', () => {
    const thin = [...coverageByCriterion(catalog).entries()].filter(([, controls]) => controls.length < 2);
    expect(thin).toEqual([]);
  });

  it('maps only to valid criterion and crosswalk ids', () => {
    const criteria = new Set(CRITERION_REFS.map((c) => c.id));
    const iso = new Set<string>(ISO42001_ANNEX_A_IDS);
    const nist = new Set(NIST_AI_RMF_IDS);
    for (const c of catalog.controls) {
      for (const id of c.criteria) expect(criteria.has(id), `${c.id} → ${id}`).toBe(true);
      for (const id of c.iso42001) expect(iso.has(id), `${c.id} → ${id}`).toBe(true);
      for (const id of c.nistAiRmf) expect(nist.has(id), `${c.id} → ${id}`).toBe(true);
    }
    expect(ISO42001_ANNEX_A_IDS).toHaveLength(38);
    expect(NIST_AI_RMF_IDS).toHaveLength(72);
    expect(NIST_AI_RMF_IDS[0]).toBe('GOVERN 1.1');
    expect(NIST_AI_RMF_IDS.at(-1)).toBe('MANAGE 4.3');
  });

  it('covers every AI/ML topic from the seeds with an AI-specific control, and the SOC 2 basics', () => {
    const aiTagged = new Set(catalog.controls.filter((c) => c.aiSpecific).flatMap((c) => c.tags));
    expect(AI_TOPICS.filter((t) => !aiTagged.has(t))).toEqual([]);
    const all = new Set(catalog.controls.flatMap((c) => c.tags));
    expect(BASELINE_TOPICS.filter((t) => !all.has(t))).toEqual([]);
  });

  it('uses AI crosswalks on AI controls', () => {
    for (const c of catalog.controls.filter((c) => c.aiSpecific)) {
      expect(c.iso42001.length + c.nistAiRmf.length, c.id).toBeGreaterThan(0);
    }
  });

  it('is complete in English and French, and the French is not a copy of the English', () => {
    const texts = localisedTexts();
    expect(texts.filter((t) => !t.en.trim() || !t.fr.trim()).map((t) => t.where)).toEqual([]);
    const copies = texts.filter((t) => t.en === t.fr && t.en.split(' ').length > 3).map((t) => t.where);
    expect(copies).toEqual([]);
  });

  it('has a semantic version', () => {
    expect(catalog.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
