import { migration010 } from './010-initial';
import { migration020 } from './020-evidence-review';
import { migration030 } from './030-review-immutability';
import { migration040 } from './040-ai-readiness';
import { migration050 } from './050-audit-trail';

export interface Migration {
  version: number;
  sql: string;
}

/** Every schema step, in order. Append new files (020-…, 030-…); never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [migration010, migration020, migration030, migration040, migration050];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
