/** What every IPC call returns: never a thrown error across the bridge, always a readable message. */
export interface AppErrorShape {
  /** Stable code, e.g. `not_found`, `invalid_input`, `workspace_too_new`. */
  code: string;
  /** A sentence the user can act on. */
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export class AppError extends Error implements AppErrorShape {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
