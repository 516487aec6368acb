import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { isTrustedSender } from '../security';
import type { AppState } from './app-state';
import { invokeChannel } from './invoke';

/** One ipcMain handler per channel: sender check, schema validation and error mapping (invokeChannel). */
export function registerIpc(app: AppState, devServer?: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, devServer)) {
        return { ok: false, error: { code: 'forbidden', message: 'Request refused: it did not come from the Fieldwork window.' } };
      }
      const result = await invokeChannel(app, channel, input);
      if (!result.ok && result.error.code === 'internal') console.error(`[ipc] ${channel} failed`);
      return result;
    });
  }
}
