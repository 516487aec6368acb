import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/en';
import fr from '../../renderer/src/i18n/fr';
import { frenchSpacing } from '../../renderer/src/i18n/french-spacing';
import { AI_READINESS_STRINGS_EN } from '../../shared/rules/strings.en';
import { AI_READINESS_STRINGS_FR } from '../../shared/rules/strings.fr';

/**
 * The UI exists in English and French with exactly the same keys. The type `Messages` already refuses a
 * missing key in fr.ts; this test also covers what types cannot: empty texts, {{placeholders}}, plural forms,
 * per-feature files not registered yet, untranslated copies and French spacing.
 */

const I18N_DIR = join(import.meta.dirname, '../../renderer/src/i18n');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a nested resource, keyed by its dotted path. */
function leaves(table: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof table === 'string') out.set(path, table);
  else if (table && typeof table === 'object') {
    for (const [key, value] of Object.entries(table)) {
      for (const [p, text] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, text);
    }
  } else out.set(path, `<not a string: ${String(table)}>`);
  return out;
}

/** i18next placeholders: `{{count}}`, `{{shown, number}}` → count, shown. */
const doubleBraces = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
/** The shared rule texts' placeholders (filled by fillText): `{vendor}`. */
const singleBraces = (text: string) => [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1] ?? '');

/** Keys present in one table and not the other, written for the failure message. */
function keyDifferences(a: Map<string, string>, b: Map<string, string>, nameA: string, nameB: string): string[] {
  return [
    ...[...a.keys()].filter((k) => !b.has(k)).map((k) => `${k}: in ${nameA}, missing in ${nameB}`),
    ...[...b.keys()].filter((k) => !a.has(k)).map((k) => `${k}: in ${nameB}, missing in ${nameA}`),
  ];
}

/** Texts empty in one language and not in the other (both empty is a deliberate blank, e.g. snapshots.diff.both). */
function emptyDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...a]
    .filter(([k, text]) => b.has(k) && (text.trim() === '') !== ((b.get(k) ?? '').trim() === ''))
    .map(([k]) => `${k}: empty in one language only`);
}

/**
 * Placeholders per key; plural forms of one key are pooled, since a language may write "1" where the other
 * writes {{count}} in the singular ("Added 1 file" / "{{count}} fichier ajouté").
 */
function placeholderDifferences(
  a: Map<string, string>,
  b: Map<string, string>,
  extract: (text: string) => string[],
): string[] {
  const pooled = (table: Map<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const [k, text] of table) {
      const base = k.replace(PLURAL, '');
      const set = out.get(base) ?? new Set<string>();
      for (const name of extract(text)) set.add(name);
      out.set(base, set);
    }
    return out;
  };
  const pa = pooled(a);
  const pb = pooled(b);
  const problems: string[] = [];
  for (const [base, names] of pa) {
    const other = pb.get(base);
    if (!other) continue;
    const left = [...names].sort().join(', ');
    const right = [...other].sort().join(', ');
    if (left !== right) problems.push(`${base}: {${left}} in English, {${right}} in French`);
  }
  return problems;
}

const EN = leaves(en);
const FR = leaves(fr);

describe('UI texts in English and French (en.ts + en/*.ts, fr.ts + fr/*.ts)', () => {
  it('have exactly the same keys', () => {
    expect(keyDifferences(EN, FR, 'en', 'fr')).toEqual([]);
    // A sanity check that the flattening sees the nested feature files.
    expect(EN.size).toBeGreaterThan(1000);
    expect(EN.has('evidence.verify.summary_other')).toBe(true);
  });

  it('leave no text empty in one language only', () => {
    expect(emptyDifferences(EN, FR)).toEqual([]);
    expect([...FR].filter(([, text]) => text.startsWith('<not a string'))).toEqual([]);
  });

  it('use the same {{placeholders}}', () => {
    expect(placeholderDifferences(EN, FR, doubleBraces)).toEqual([]);
  });

  it('give French both plural forms i18next looks up (_one for 0 and 1, _other otherwise)', () => {
    const problems: string[] = [];
    for (const key of FR.keys()) {
      const match = PLURAL.exec(key);
      if (!match) continue;
      const base = key.replace(PLURAL, '');
      for (const form of ['one', 'other']) if (!FR.has(`${base}_${form}`)) problems.push(`${base}_${form} missing`);
    }
    expect(problems).toEqual([]);
  });

  it('pair every per-feature file: en/<name>.ts has fr/<name>.ts with the same keys', async () => {
    const enFiles = readdirSync(join(I18N_DIR, 'en')).filter((f) => f.endsWith('.ts'));
    const frFiles = readdirSync(join(I18N_DIR, 'fr')).filter((f) => f.endsWith('.ts'));
    expect(frFiles.sort()).toEqual(enFiles.sort());
    for (const file of enFiles) {
      const english = leaves(((await import(join(I18N_DIR, 'en', file))) as { default: unknown }).default);
      const french = leaves(((await import(join(I18N_DIR, 'fr', file))) as { default: unknown }).default);
      expect(keyDifferences(english, french, `en/${file}`, `fr/${file}`), file).toEqual([]);
      expect(emptyDifferences(english, french), file).toEqual([]);
    }
  });

  it('are translated: a French text equal to the English one is a name, a code or a shared word', () => {
    const sameInBoth = new Set([
      ...['', ', ', '—', '1234:3fa9…', 'EN', 'FR', 'English', 'Français', 'Fieldwork', 'NIST AI RMF', 'SHA-256'],
      ...['CSV', 'Excel (.xlsx)', 'OK', 'ID', 'Type', 'Type 1', 'Type 2', 'Type I', 'Type II', 'CUEC {{n}}'],
      ...['Action', 'Actions', 'Client', 'Conclusion', 'Description', 'Exception', 'Exceptions', 'Exception…'],
      ...['Feature store', 'feature store', 'infrastructure', 'Inclusive', 'Inspection', 'Intact', 'Justification'],
      ...['Note', 'Notes', 'Observation', 'Organisation', 'Population', 'Score', 'Total', 'Version'],
      ...['{{category}} — {{measure}}', '{{count}} occurrence', '{{count}} occurrences', '{{date}}'],
      ...['{{label}} ({{count}})', '{{letter}} · {{header}}', '{{stage}} ({{count}})', '{{value}} pts'],
      ...['{{weight}} × {{impact}}'],
    ]);
    const untranslated = [...EN].filter(([k, text]) => FR.get(k) === text && !sameInBoth.has(text)).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });

  it('follow French spacing: a non-breaking space before : ; ? ! and inside « »', () => {
    const problems = [...FR]
      .filter(([, text]) => / [:;?!»]|« /.test(text))
      .map(([k, text]) => `${k}: ${JSON.stringify(text)}`);
    expect(problems).toEqual([]);
    expect(frenchSpacing('Vérifiée : « 3 » ?')).toBe('Vérifiée\u00a0: «\u00a03\u00a0»\u00a0?');
    expect(FR.get('assessments.emptyNext')).toContain('\u00a0:');
  });

  it('use the glossary’s terms for the words the e2e test and users look for', () => {
    expect(FR.get('dashboard.design')).toMatch(/^Niveau de préparation/);
    expect(FR.get('checklist.keyControl')).toMatch(/^Contrôle clé/);
    expect(FR.get('category.privacy')).toBe('Protection des données personnelles');
    expect(FR.get('category.processing-integrity')).toBe('Intégrité du traitement');
    expect(FR.get('topbar.window')).toBe('Période d’observation');
    expect(FR.get('ai.remediation.title')).toBe('Remédiation');
    expect(FR.get('ai.vendors.editor.cuecs')).toBe('Contrôles complémentaires chez l’entité utilisatrice (CUEC)');
  });
});

describe('shared rule texts (shared/rules/strings.en.ts and strings.fr.ts, mounted as ai.shared)', () => {
  const ruleEn = leaves(AI_READINESS_STRINGS_EN);
  const ruleFr = leaves(AI_READINESS_STRINGS_FR);

  it('have the same keys and no text empty in one language only', () => {
    expect(keyDifferences(ruleEn, ruleFr, 'strings.en', 'strings.fr')).toEqual([]);
    expect(emptyDifferences(ruleEn, ruleFr)).toEqual([]);
  });

  it('use the same {placeholders}', () => {
    expect(placeholderDifferences(ruleEn, ruleFr, singleBraces)).toEqual([]);
  });

  it('are what each UI language mounts under ai.shared', () => {
    expect(EN.get('ai.shared.rules.FW-AI-01.title')).toBe(AI_READINESS_STRINGS_EN.rules['FW-AI-01'].title);
    expect(FR.get('ai.shared.rules.FW-AI-01.title')).toBe(
      frenchSpacing(AI_READINESS_STRINGS_FR.rules['FW-AI-01'].title),
    );
  });
});

describe('the checks themselves catch what they are meant to', () => {
  it('report a missing key, an empty text and a placeholder mismatch', () => {
    const a = new Map([
      ['x.one_one', 'Added 1 file'],
      ['x.one_other', 'Added {{count}} files'],
      ['y', 'Hello {{name}}'],
      ['z', 'Text'],
    ]);
    const b = new Map([
      ['x.one_one', '{{count}} fichier ajouté'],
      ['x.one_other', '{{count}} fichiers ajoutés'],
      ['y', 'Bonjour {{nom}}'],
      ['z', ' '],
      ['w', 'En trop'],
    ]);
    expect(keyDifferences(a, b, 'en', 'fr')).toEqual(['w: in fr, missing in en']);
    expect(emptyDifferences(a, b)).toEqual(['z: empty in one language only']);
    expect(placeholderDifferences(a, b, doubleBraces)).toEqual(['y: {name} in English, {nom} in French']);
    expect(doubleBraces('{{shown, number}} of {{total}}')).toEqual(['shown', 'total']);
    expect(singleBraces('{vendor} and {{count}}')).toEqual(['vendor']);
  });
});
