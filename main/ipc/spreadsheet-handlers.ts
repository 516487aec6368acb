import type { ChannelOutput, ChannelParsed } from '../../shared/ipc/contract';
import type { SpreadsheetChannel } from '../../shared/ipc/spreadsheet-contract';
import { applyMatrixImport, previewMatrixImport, readMatrixForImport } from '../interchange/matrix-import';
import { saveSpreadsheet } from '../interchange/spreadsheet-export';
import type { AppState } from './app-state';

type Handler<C extends SpreadsheetChannel> = (
  app: AppState,
  input: ChannelParsed<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** Handlers of the spreadsheet channels, spread into main/ipc/handlers.ts. */
export const spreadsheetHandlers: { [C in SpreadsheetChannel]: Handler<C> } = {
  'export:controlsCsv': (app, { assessmentId }) => saveSpreadsheet(app, assessmentId, 'controls', 'csv'),
  'export:controlsXlsx': (app, { assessmentId }) => saveSpreadsheet(app, assessmentId, 'controls', 'xlsx'),
  'export:remediationCsv': (app, { assessmentId }) => saveSpreadsheet(app, assessmentId, 'remediation', 'csv'),
  'export:remediationXlsx': (app, { assessmentId }) => saveSpreadsheet(app, assessmentId, 'remediation', 'xlsx'),
  'import:chooseFile': async (app) => {
    const path = await app.dialogs.chooseMatrixFile();
    return path ? { path } : null;
  },
  'import:readFile': (app, { path, sheet, headerRow, headerRows }) =>
    readMatrixForImport(path, { sheet, headerRow, headerRows }),
  'import:preview': (app, { token, mapping, assessmentId }) =>
    previewMatrixImport(app.services, token, mapping, assessmentId),
  'import:apply': (app, { token, mapping, assessmentId }) =>
    applyMatrixImport(app.services, token, mapping, assessmentId),
};
