import { migration010 } from './010-initial';
import { migration020 } from './020-evidence-review';

export interface Migration {
  version: number;
  sql: string;
}

/** Every schema step, in order. Append new files (020-…, 030-…); never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [migration010, migration020];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
