import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COVERAGE_METHOD } from '../../shared/coverage/coverage';
import { methodStringsEn } from '../../shared/report/strings-method.en';
import { reportStringsEn, type ReportStringKey } from '../../shared/report/strings.en';
import { reportStringsFr } from '../../shared/report/strings.fr';
import { AI_READINESS_STRINGS_EN } from '../../shared/rules/strings.en';
import { AI_READINESS_STRINGS_FR } from '../../shared/rules/strings.fr';

const ROOT = join(import.meta.dirname, '../..');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every leaf of a nested string table, keyed by its path. */
function leaves(table: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof table === 'string') out.set(path, table);
  else if (table && typeof table === 'object') {
    for (const [k, v] of Object.entries(table))
      for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  }
  return out;
}

describe('report texts in English and French', () => {
  const en = Object.entries(reportStringsEn) as Array<[ReportStringKey, string]>;

  it('have the same keys, none missing, none empty', () => {
    expect(Object.keys(reportStringsFr).sort()).toEqual(Object.keys(reportStringsEn).sort());
    for (const [key, text] of en) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      expect(reportStringsFr[key].trim(), `fr ${key}`).not.toBe('');
    }
  });

  it('fill the same placeholders in both languages', () => {
    for (const [key, text] of en) expect(placeholders(reportStringsFr[key]), key).toEqual(placeholders(text));
  });

  it('are translated: only names, codes and punctuation read the same in French', () => {
    const same = en.filter(([key, text]) => reportStringsFr[key].replace(/\u00a0/g, ' ') === text).map(([k]) => k);
    expect(same.sort()).toEqual(
      [
        'col.action',
        'col.id',
        'col.justification',
        'col.score',
        'col.total',
        'common.dash',
        'common.listSeparator',
        'cover.organisation',
        'heading.numbered',
        'owner.nameAndFunction',
        'register.sameDay',
        'soc2.type1',
        'soc2.type2',
        'summary.points',
        'vendor.dates',
        'vendor.serviceType',
      ].sort(),
    );
  });

  it('use the glossary terms in French', () => {
    const fr = Object.values(reportStringsFr).join('\n');
    for (const term of [
      'niveau de préparation',
      'critères des services de confiance',
      'contrôles clés',
      'période d’observation',
      'efficacité opérationnelle',
      'écart',
      'Plan de remédiation',
      'Fournisseurs IA tiers',
      'méthode d’exclusion (carve-out)',
      'méthode inclusive',
      'CUEC',
      'travaux d’audit sur site',
      'périmètre du système',
      'Protection des données personnelles',
    ]) {
      expect(fr, term).toContain(term);
    }
  });
});

describe('AI-readiness vocabulary in French', () => {
  const en = leaves(AI_READINESS_STRINGS_EN);
  const fr = leaves(AI_READINESS_STRINGS_FR);

  it('has every English key, none empty, with the same placeholders', () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) {
      const translated = fr.get(key) ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });
});

/** The text of the doc comment just above the first line containing `anchor`, on one line, code marks removed. */
function docComment(file: string, anchor: string): string {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const at = source.indexOf(anchor);
  expect(at, `${file}: ${anchor}`).toBeGreaterThan(0);
  const end = source.lastIndexOf('*/', at);
  const start = source.lastIndexOf('/**', end);
  return source
    .slice(start + 3, end)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, ''))
    .join(' ')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const quote = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[.:;]$/, '')
    .trim();

describe('the methodology appendix quotes the documented rules verbatim', () => {
  const m = methodStringsEn;
  const cases: Array<[string, string, string[]]> = [
    [
      'shared/scoring/score.ts',
      'export function scoreAssessment',
      [
        'method.scoringLead',
        'method.scoring.1',
        'method.scoring.2',
        'method.scoring.3',
        'method.scoring.4',
        'method.scoring.5',
      ],
    ],
    [
      'shared/coverage/coverage.ts',
      'export function controlCoverage',
      [
        'method.coverage.1',
        'method.coverage.2',
        'method.coverage.3',
        'method.coverage.4',
        'method.coverage.5',
        'method.coverage.6',
      ],
    ],
    ['shared/sampling/sizes.ts', 'export const DEFAULT_SAMPLE_SIZES', ['method.sizes']],
    [
      'shared/sampling/sizes.ts',
      'export function sampleSize',
      ['method.sizeLead', 'method.size.1', 'method.size.2', 'method.size.3'],
    ],
    ['shared/sampling/draw.ts', 'export function planControlSample', ['method.draw']],
    ['shared/sampling/prng.ts', 'function xmur3', ['method.prng']],
    [
      'shared/sampling/conclude.ts',
      'export function concludeSample',
      [
        'method.concludeLead',
        'method.conclude.1',
        'method.conclude.2',
        'method.conclude.3',
        'method.conclude.4',
        'method.conclude.5',
        'method.concludeTail',
      ],
    ],
    [
      'shared/rules/rank.ts',
      'export function criterionImpact',
      ['method.ranking.1', 'method.ranking.2', 'method.ranking.3', 'method.ranking.4'],
    ],
    [
      'shared/report/verdict.ts',
      'export function readinessVerdict',
      ['method.verdictLead', 'method.verdict.1', 'method.verdict.2', 'method.verdict.3', 'method.verdictTail'],
    ],
    [
      'shared/vendors/staleness.ts',
      'export function vendorStaleness',
      ['method.staleness.1', 'method.staleness.2', 'method.staleness.3', 'method.staleness.4'],
    ],
  ];

  it.each(cases)('%s (%s)', (file, anchor, keys) => {
    const comment = docComment(file, anchor);
    for (const key of keys) {
      const text = m[key as keyof typeof m].replace('{method}', COVERAGE_METHOD);
      expect(comment, key).toContain(quote(text));
    }
  });

  it('quotes every rule of the coverage, scoring, conclusion and ranking comments', () => {
    const quoted = Object.values(m).map(quote).join(' ');
    const items = (comment: string, marker: RegExp) => comment.split(marker).slice(1).map(quote);
    const coverage = docComment('shared/coverage/coverage.ts', 'export function controlCoverage');
    for (const item of items(coverage, / \d\. /)) expect(quoted).toContain(item);
    for (const [file, anchor] of [
      ['shared/scoring/score.ts', 'export function scoreAssessment'],
      ['shared/sampling/conclude.ts', 'export function concludeSample'],
    ] as const) {
      const comment = docComment(file, anchor);
      const rules = comment.split(' The sample pass rate')[0] ?? comment;
      for (const item of items(rules, / - /)) expect(quoted).toContain(item);
    }
  });
});
