import { dialog, type BrowserWindow } from 'electron';
import type { DialogPort } from './ipc/app-state';

const WORKSPACE_FILTER = [{ name: 'Fieldwork workspace', extensions: ['fwdb'] }];

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
  };
}
