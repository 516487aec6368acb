import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildPreloadApi } from '../../shared/ipc/build-api';
import type { IpcResult } from '../../shared/ipc/result';

const api = buildPreloadApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<IpcResult<unknown>>,
  (event, listener) => {
    const wrapped = () => listener();
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
  // Dropped files: Electron no longer sets File.path, so the path comes from webUtils (in the page, no IPC).
  { pathOf: (file) => webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]) },
);

contextBridge.exposeInMainWorld('api', api);
