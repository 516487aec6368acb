import { CHANNELS, type AppEvent, type Channel } from '../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput, FilesApi, PreloadApi } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** Exposed by the preload (or the browser test bridge); use it only through `api` below. */
    readonly api?: PreloadApi;
  }
}

/** A failed call to main, with the stable code and the sentence main wrote for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never;
type ActionOf<C, D extends string> = C extends `${D}:${infer A}` ? A : never;

/** window.api with every IpcResult unwrapped: resolves to the value or rejects with an ApiError. */
export type Api = {
  [D in DomainOf<Channel>]: {
    [A in ActionOf<Channel, D>]: (
      input: ChannelInput<`${D}:${A}` & Channel>,
    ) => Promise<ChannelOutput<`${D}:${A}` & Channel>>;
  };
} & {
  onEvent: (event: AppEvent, listener: () => void) => () => void;
  files: FilesApi;
};

function bridge(): PreloadApi {
  const api = window.api;
  if (!api) {
    throw new ApiError('no_bridge', 'Fieldwork cannot reach its data: this page was opened outside the Fieldwork app.');
  }
  return api;
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

function build(): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of CHANNELS) {
    const [domain, action] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][action] = async (input: unknown) => {
      const target = bridge() as unknown as Record<string, Record<string, (i: unknown) => Promise<IpcResult<unknown>>>>;
      const method = target[domain]?.[action];
      if (!method) throw new ApiError('no_bridge', `Fieldwork's bridge has no ${channel} request.`);
      let result: IpcResult<unknown>;
      try {
        result = await method(input);
      } catch (error) {
        throw new ApiError('bridge_failed', error instanceof Error ? error.message : String(error));
      }
      return unwrap(result);
    };
  }
  api.onEvent = ((event: AppEvent, listener: () => void) => bridge().onEvent(event, listener)) as unknown as Record<
    string,
    unknown
  >;
  api.files = { pathOf: (file: Parameters<FilesApi['pathOf']>[0]) => bridge().files.pathOf(file) };
  return api as unknown as Api;
}

/** The only way the UI talks to the main process. */
export const api: Api = build();

/** A message for people from anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function hasBridge(): boolean {
  return window.api !== undefined;
}
