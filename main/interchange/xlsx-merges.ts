import { readZipDirectory, readZipText, type ZipDirectoryEntry } from './zip-sizes';

/**
 * The merged ranges of each worksheet, read straight from the workbook's XML (ECMA-376 Part 1, 18.3.1.55
 * mergeCells). The workbook reader is told to skip merges: it checks every new merge against every earlier
 * one, which takes seconds on a sheet with thousands of merged cells, and refuses overlapping ranges some
 * tools write. Here each range costs its own size, and Fieldwork fills it with its top-left value.
 */

export interface MergeRange {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseRef(ref: string): MergeRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  const range = {
    top: Number(m[2]) - 1,
    left: columnIndex(m[1] ?? 'A'),
    bottom: Number(m[4]) - 1,
    right: columnIndex(m[3] ?? 'A'),
  };
  return range.bottom >= range.top && range.right >= range.left ? range : null;
}

/** Sheet name → merged ranges, for every worksheet of the workbook (absent when the XML cannot be read). */
export function readSheetMerges(bytes: Buffer, fileName: string): Map<string, MergeRange[]> {
  const entries = new Map<string, ZipDirectoryEntry>(
    readZipDirectory(bytes, fileName).map((e) => [e.name.replace(/^\//, ''), e]),
  );
  const text = (name: string) => {
    const entry = entries.get(name);
    return entry ? readZipText(bytes, entry) : null;
  };
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  const result = new Map<string, MergeRange[]>();
  if (!workbook || !rels) return result;
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const rel = attribute(tag, 'r:id');
    const path = rel ? targets.get(rel) : undefined;
    if (!name || !path) continue;
    const xml = text(path);
    if (!xml) continue;
    const tail = xml.slice(Math.max(0, xml.lastIndexOf('</sheetData>')));
    const ranges: MergeRange[] = [];
    for (const [cell] of tail.matchAll(/<mergeCell\b[^>]*>/g)) {
      const range = parseRef(attribute(cell, 'ref') ?? '');
      if (range) ranges.push(range);
    }
    result.set(name, ranges);
  }
  return result;
}

/** Fills each merged range of a grid with its top-left value, within the grid's rows and `maxColumns`. */
export function fillMerges(rows: string[][], ranges: readonly MergeRange[], maxColumns: number): void {
  for (const range of ranges) {
    const value = rows[range.top]?.[range.left] ?? '';
    if (value === '') continue;
    for (let r = range.top; r <= Math.min(range.bottom, rows.length - 1); r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = range.left; c <= Math.min(range.right, maxColumns - 1); c++) {
        while (row.length < c) row.push('');
        if ((row[c] ?? '') === '') row[c] = value;
      }
    }
  }
}
