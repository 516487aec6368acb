import { dialog, type BrowserWindow } from 'electron';
import type { DialogPort, ExportFileKind, OpenFileKind } from './ipc/app-state';

const WORKSPACE_FILTER = [{ name: 'Fieldwork workspace', extensions: ['fwdb'] }];
const EXPORT_FILTERS: Record<ExportFileKind, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  json: { name: 'JSON', extensions: ['json'] },
  zip: { name: 'Zip archive', extensions: ['zip'] },
  fwassess: { name: 'Fieldwork assessment', extensions: ['fwassess'] },
};
const OPEN_FILTERS: Record<OpenFileKind, { title: string; filters: { name: string; extensions: string[] }[] }> = {
  fwassess: { title: 'Import an assessment', filters: [{ name: 'Fieldwork assessment', extensions: ['fwassess'] }] },
  zip: { title: 'Verify an evidence package', filters: [{ name: 'Evidence package (zip)', extensions: ['zip'] }] },
};

export function electronDialogs(window: () => BrowserWindow | undefined): DialogPort {
  const parent = () => window();
  return {
    async chooseWorkspaceToOpen() {
      const owner = parent();
      const options = { title: 'Open workspace', properties: ['openFile' as const], filters: WORKSPACE_FILTER };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseWorkspaceToCreate() {
      const owner = parent();
      const options = { title: 'New workspace', defaultPath: 'workspace.fwdb', filters: WORKSPACE_FILTER };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseReportPath(defaultName) {
      const owner = parent();
      const options = { title: 'Save readiness report', defaultPath: defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseEvidenceFiles() {
      const owner = parent();
      const options = { title: 'Add evidence files', properties: ['openFile' as const, 'multiSelections' as const] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseExportPath(defaultName, kind) {
      const owner = parent();
      const options = { title: 'Export', defaultPath: defaultName, filters: [EXPORT_FILTERS[kind]] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseMatrixFile() {
      const owner = parent();
      const options = {
        title: 'Import a control matrix',
        properties: ['openFile' as const],
        filters: [{ name: 'Spreadsheet (CSV, Excel)', extensions: ['csv', 'xlsx', 'txt', 'tsv'] }],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToOpen(kind) {
      const owner = parent();
      const options = { ...OPEN_FILTERS[kind], properties: ['openFile' as const] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
