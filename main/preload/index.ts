import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from '../../shared/ipc/build-api';
import type { IpcResult } from '../../shared/ipc/result';

const api = buildPreloadApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<IpcResult<unknown>>,
  (event, listener) => {
    const wrapped = () => listener();
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
);

contextBridge.exposeInMainWorld('api', api);
