import type { z } from 'zod';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { issuesText, type IssueLike } from '../../shared/ipc/issues';
import { AppError, type IpcResult } from '../../shared/ipc/result';
import type { AppState } from './app-state';
import { handlers } from './handlers';

const KNOWN = new Set<string>(CHANNELS);

/** Maps anything thrown to a message for people: never a stack trace across the bridge. */
export function toUserError(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
    const detail = issuesText(error.issues as IssueLike[], 5, 'input');
    return { code: 'invalid_input', message: `The request was not valid (${detail}).` };
  }
  return { code: 'internal', message: 'Something went wrong inside Fieldwork; nothing was changed. Try again, and report it if it persists.' };
}

/** Validates the input of a channel with its schema, runs the handler, and wraps the outcome. */
export async function invokeChannel(app: AppState, channel: string, raw: unknown): Promise<IpcResult<unknown>> {
  if (!KNOWN.has(channel)) return { ok: false, error: { code: 'unknown_channel', message: `Unknown request ${channel.slice(0, 100)}.` } };
  const name = channel as Channel;
  try {
    const schema: z.ZodType = contract[name].input;
    const input: unknown = schema.parse(raw ?? {});
    const handler = handlers[name] as (app: AppState, input: unknown) => unknown;
    return { ok: true, value: await handler(app, input) };
  } catch (error) {
    return { ok: false, error: toUserError(error) };
  }
}
