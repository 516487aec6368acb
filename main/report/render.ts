import { existsSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import * as pdfmakeModule from 'pdfmake';
import type { TFontDictionary } from 'pdfmake/interfaces';
import type { Locale } from '../../shared/format';
import type { ReportOptionsInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { buildReportDocument, REPORT_FONT } from '../../shared/report/document';
import { reportStringsEn, type ReportStrings } from '../../shared/report/strings.en';
import { reportStringsFr } from '../../shared/report/strings.fr';
import type { ReportData } from '../../shared/report/types';
import { assetsDir } from '../assets-dir';
import type { ServiceContext } from '../services/context';
import { gatherReportData } from './report-data';

type PdfMake = typeof pdfmakeModule;
// pdfmake is CommonJS (`module.exports = new pdfmake()`): under Node's ESM loader and esbuild's interop
// its methods live on the default export, not on the namespace.
const pdfmake: PdfMake = (pdfmakeModule as unknown as { default?: PdfMake }).default ?? pdfmakeModule;

/** Report texts per language. */
const REPORT_STRINGS: Record<Locale, ReportStrings> = { en: reportStringsEn, fr: reportStringsFr };

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

export function reportFontsDir(): string {
  return join(assetsDir('fonts'), 'fonts');
}

/** A fresh font dictionary each time: pdfmake rewrites the descriptors it is given in place. */
function reportFonts(dir: string): TFontDictionary {
  const paths = Object.fromEntries(
    Object.entries(FONT_FILES).map(([style, file]) => {
      const path = join(dir, file);
      if (!existsSync(path)) {
        throw new AppError('assets_missing', `The report font ${file} is missing from ${dir}; reinstall Fieldwork.`);
      }
      return [style, path];
    }),
  ) as Record<keyof typeof FONT_FILES, string>;
  return { [REPORT_FONT]: paths };
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Renders report data to PDF bytes. pdfmake 0.3 can fetch http(s) URLs for fonts and images and read
 * local files: URL access is refused outright, and local reads are limited to our fonts folder.
 * The PDF's creation date is data.generatedAt (the injected clock), so the same data gives the same bytes.
 */
export async function renderReportDataPdf(data: ReportData): Promise<Uint8Array> {
  const fontsDir = reportFontsDir();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => isInside(fontsDir, path));
  pdfmake.setFonts(reportFonts(fontsDir));
  const definition = buildReportDocument(data, REPORT_STRINGS[data.locale]);
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The readiness report of one assessment, as PDF bytes; options are checked (language, sections, flags). */
export async function renderReportPdf(
  ctx: ServiceContext,
  assessmentId: string,
  options: ReportOptionsInput,
  appVersion: string,
): Promise<Uint8Array> {
  return renderReportDataPdf(gatherReportData(ctx, assessmentId, options, appVersion));
}
