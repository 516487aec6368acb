import { cleanLine } from './cells';
import { parseCriteria } from './criteria';
import { HEADER_SYNONYMS, OTHER_FRAMEWORK_WORDS, SOC_WORDS } from './header-vocabulary';
import {
  IMPORT_FIELDS,
  IMPORT_LIMITS,
  type ColumnMapping,
  type FieldMatch,
  type Grid,
  type HeaderGuess,
  type ImportField,
} from './import-types';
import { STATUS_WORDS, wordKey } from './vocabulary';

/**
 * Finding the header of a control matrix and proposing which column feeds which field.
 *
 * Real matrices put title rows above the header, split the header over two rows (a group row such as
 * "Framework mapping" above "ISO 27001 | NIST CSF | SOC 2 TSC", often as merged cells), break header
 * cells over lines, and carry many framework columns of which only one is SOC 2. Header labels are
 * compared with the words people use for each field (header-vocabulary.ts); other frameworks' columns never
 * match the criteria.
 */

/** Header text as tokens: lower case, accents off, `SOC2` → `soc 2`, punctuation out except `#`. */
export function headerTokens(text: string): string[] {
  return cleanLine(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/[^a-z0-9#/]+/g, ' ')
    .replace(/\//g, ' ')
    .split(' ')
    .filter(Boolean);
}

const SYNONYM_TOKENS = Object.fromEntries(
  IMPORT_FIELDS.map((field) => [field, HEADER_SYNONYMS[field].map(headerTokens)]),
) as Record<ImportField, string[][]>;

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps): catches `Onwer`, `Stauts`. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * How well a header label fits a field, 0–1: 1 for a known name, 0.55–0.95 when the label contains a known
 * name (the larger its share of the label, the higher), about 0.8 for a near-miss spelling.
 */
export function headerScore(field: ImportField, label: string): number {
  let scores = SCORE_CACHE.get(label);
  if (!scores) {
    if (SCORE_CACHE.size > 10_000) SCORE_CACHE.clear();
    scores = scoreLabel(label);
    SCORE_CACHE.set(label, scores);
  }
  return scores[field];
}

/** Header detection scores the same labels many times over; the scores depend on the label alone. */
const SCORE_CACHE = new Map<string, Record<ImportField, number>>();
const NO_SCORES = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, 0])) as Record<ImportField, number>;

function scoreLabel(label: string): Record<ImportField, number> {
  // Longer than any header people write: a data cell.
  if (label.length > 80) return NO_SCORES;
  const tokens = headerTokens(label);
  if (tokens.length === 0) return NO_SCORES;
  const otherFramework = tokens.some((t) => OTHER_FRAMEWORK_WORDS.has(t)) && !tokens.some((t) => SOC_WORDS.has(t));
  if (otherFramework) return NO_SCORES;
  const joined = tokens.join(' ');
  const scores = { ...NO_SCORES };
  for (const field of IMPORT_FIELDS) {
    let best = 0;
    for (const synonym of SYNONYM_TOKENS[field]) {
      const text = synonym.join(' ');
      if (text === joined) {
        best = 1;
        break;
      }
      if (containsRun(tokens, synonym)) best = Math.max(best, 0.55 + 0.4 * (synonym.length / tokens.length));
      else if (synonym.length === tokens.length && text.length >= 4 && Math.abs(text.length - joined.length) <= 2) {
        const similarity = 1 - editDistance(text, joined) / Math.max(text.length, joined.length);
        if (similarity >= 0.75) best = Math.max(best, 0.5 + 0.4 * similarity);
      }
    }
    scores[field] = best;
  }
  return scores;
}

export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

const WIDTHS = new WeakMap<Grid, number>();

function width(grid: Grid): number {
  let w = WIDTHS.get(grid);
  if (w === undefined) {
    w = 0;
    for (const row of grid.rows) w = Math.max(w, row.length);
    w = Math.min(IMPORT_LIMITS.columns, w);
    WIDTHS.set(grid, w);
  }
  return w;
}

function cell(grid: Grid, row: number, column: number): string {
  return cleanLine(grid.rows[row]?.[column] ?? '');
}

/** The label of each column for a header starting at `start` over `count` rows. */
export function headerLabels(grid: Grid, start: number, count: 1 | 2): string[] {
  const columns = width(grid);
  const labels: string[] = [];
  let group = '';
  for (let c = 0; c < columns; c++) {
    const bottom = cell(grid, start + count - 1, c);
    if (count === 1) {
      labels.push(bottom);
      continue;
    }
    let top = cell(grid, start, c);
    // A group label spans the empty cells to its right, as a merged cell would.
    if (top === '' && grid.fillGroupGaps && bottom !== '') top = group;
    else if (top !== '') group = top;
    else group = '';
    labels.push(
      top === '' || bottom === '' || top === bottom || bottom.toLowerCase().startsWith(top.toLowerCase())
        ? bottom || top
        : `${top} ${bottom}`,
    );
  }
  return labels;
}

/** Cells that look like data rather than header text: criterion ids, status words (`No.` is a header). */
function dataLikeCells(labels: readonly string[]): number {
  const isHeaderWord = (l: string) => IMPORT_FIELDS.some((f) => headerScore(f, l) === 1);
  return labels.filter(
    (l) => l !== '' && (parseCriteria(l).ids.length > 0 || (STATUS_WORDS.has(wordKey(l)) && !isHeaderWord(l))),
  ).length;
}

/** Best one-to-one assignment of fields to columns, greedy on score (ties: field order, then leftmost). */
function assign(
  scores: (field: ImportField, column: number) => number,
  columns: number,
  threshold: number,
): Map<ImportField, FieldMatch> {
  const pairs: { field: ImportField; column: number; score: number; order: number }[] = [];
  IMPORT_FIELDS.forEach((field, order) => {
    for (let column = 0; column < columns; column++) {
      const score = scores(field, column);
      if (score >= threshold) pairs.push({ field, column, score, order });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  const result = new Map<ImportField, FieldMatch>();
  const used = new Set<number>();
  for (const pair of pairs) {
    if (result.has(pair.field) || used.has(pair.column)) continue;
    result.set(pair.field, { column: pair.column, score: pair.score });
    used.add(pair.column);
  }
  return result;
}

const THRESHOLD = 0.6;

function candidateScore(grid: Grid, start: number, count: 1 | 2): number {
  const labels = headerLabels(grid, start, count);
  const top = count === 2 ? headerLabels(grid, start, 1) : [];
  const bottom = count === 2 ? headerLabels(grid, start + 1, 1) : [];
  // A two-row label must do better than either row alone, which it does only when both rows are header text.
  const score = (field: ImportField, c: number) =>
    Math.max(
      headerScore(field, labels[c] ?? ''),
      count === 2 ? 0.9 * Math.max(headerScore(field, top[c] ?? ''), headerScore(field, bottom[c] ?? '')) : 0,
    );
  let total = 0;
  for (const match of assign(score, labels.length, THRESHOLD).values()) total += match.score;
  const dataCells = dataLikeCells(count === 2 ? [...top, ...bottom] : labels);
  return total - 0.5 * dataCells;
}

function nonEmpty(grid: Grid, row: number): boolean {
  return (grid.rows[row] ?? []).some((v) => cleanLine(v) !== '');
}

/** The header row(s): the candidate whose labels name the most fields; a two-row header wins ties. */
export function detectHeader(grid: Grid): HeaderGuess {
  const last = Math.min(grid.rows.length, IMPORT_LIMITS.headerScan);
  let best: { start: number; count: 1 | 2; score: number } | null = null;
  for (let start = 0; start < last; start++) {
    if (!nonEmpty(grid, start)) continue;
    const candidates: (1 | 2)[] = nonEmpty(grid, start + 1) && start + 1 < grid.rows.length ? [1, 2] : [1];
    for (const count of candidates) {
      const score = candidateScore(grid, start, count);
      // Ties: the earlier candidate stays, except that a two-row header beats its own top row alone.
      const tie = best !== null && Math.abs(score - best.score) <= 1e-9;
      const better = !best || score > best.score + 1e-9 || (tie && count === 2 && best.start === start);
      if (better) best = { start, count, score };
    }
  }
  const chosen = best && best.score > 0 ? best : { start: firstNonEmpty(grid), count: 1 as const, score: 0 };
  return {
    start: chosen.start,
    count: chosen.count,
    headers: displayLabels(headerLabels(grid, chosen.start, chosen.count)),
    score: chosen.score,
  };
}

function firstNonEmpty(grid: Grid): number {
  for (let r = 0; r < grid.rows.length; r++) if (nonEmpty(grid, r)) return r;
  return 0;
}

function displayLabels(labels: readonly string[]): string[] {
  return labels.map((l, i) => l || `Column ${columnName(i)}`);
}

/** The labels a person sees for a header chosen by hand (`Column D` for an empty cell). */
export function headerDisplayLabels(grid: Grid, start: number, count: 1 | 2): string[] {
  return displayLabels(headerLabels(grid, start, count));
}

/** Share of the sample's non-empty cells in a column that read as the field's kind of value. */
function contentShare(field: ImportField, values: readonly string[]): number {
  const filled = values.map(cleanLine).filter((v) => v !== '');
  if (filled.length === 0) return 0;
  if (field === 'criteria')
    return (
      filled.filter((v) => {
        const parsed = parseCriteria(v);
        return parsed.ids.length > 0 && parsed.unknown.length === 0;
      }).length / filled.length
    );
  if (field === 'status') return filled.filter((v) => STATUS_WORDS.has(wordKey(v))).length / filled.length;
  return 0;
}

/**
 * Proposes a column for each field from the header labels, then lets the values decide close calls for the
 * criteria and status columns (a column full of `CC6.1` is the SOC 2 mapping whatever its header says).
 */
export function proposeMapping(
  headers: readonly string[],
  sample: readonly (readonly string[])[],
): { mapping: ColumnMapping; matches: Partial<Record<ImportField, FieldMatch>> } {
  const columnValues = headers.map((_, c) => sample.map((row) => row[c] ?? ''));
  const score = (field: ImportField, c: number) => {
    const header = headerScore(field, headers[c] ?? '');
    if (field !== 'criteria' && field !== 'status') return header;
    const share = contentShare(field, columnValues[c] ?? []);
    if (header === 0) return share >= 0.8 ? 0.6 : 0;
    return header * 0.8 + share * 0.2;
  };
  const matches = assign(score, headers.length, THRESHOLD);
  const mapping: ColumnMapping = {};
  for (const [field, match] of matches) mapping[field] = match.column;
  return { mapping, matches: Object.fromEntries(matches) };
}
