import type { Catalog } from '../../shared/catalog/schema';
import type { AppEvent } from '../../shared/ipc/channels';
import { closeWorkspaceDb, openWorkspaceDb, type Db } from '../db/open';
import type { ServiceContext } from '../services/context';
import { evidenceStoreDirOf } from '../evidence/store';

/** The platform's file dialogs: Electron's in the app, a scripted chooser in the browser test bridge. */
export interface DialogPort {
  chooseWorkspaceToOpen(): Promise<string | null>;
  chooseWorkspaceToCreate(): Promise<string | null>;
  chooseReportPath(defaultName: string): Promise<string | null>;
  /** Files to add as evidence (absolute paths); empty when cancelled. */
  chooseEvidenceFiles(): Promise<string[]>;
}

export interface AppStateOptions {
  workspacePath: string;
  catalog: Catalog;
  now: () => Date;
  dialogs: DialogPort;
  version: string;
  platform: string;
  notify?: (event: AppEvent) => void;
}

/** The main process's state: the current workspace, swappable through File › Open/New. */
export class AppState {
  private db: Db;
  private path: string;

  constructor(private readonly options: AppStateOptions) {
    this.path = options.workspacePath;
    this.db = openWorkspaceDb(this.path, { create: true });
  }

  get workspacePath(): string {
    return this.path;
  }

  /** The current workspace's evidence store: `<workspace>.evidence/` next to the workspace file. */
  get evidenceStoreDir(): string {
    return evidenceStoreDirOf(this.path);
  }

  get dialogs(): DialogPort {
    return this.options.dialogs;
  }

  get version(): string {
    return this.options.version;
  }

  get platform(): string {
    return this.options.platform;
  }

  get services(): ServiceContext {
    return { db: this.db, catalog: this.options.catalog, now: this.options.now };
  }

  /** Opens another workspace; the current one stays open if the new one is refused. */
  switchWorkspace(path: string, create: boolean): void {
    const next = openWorkspaceDb(path, { create });
    closeWorkspaceDb(this.db);
    this.db = next;
    this.path = path;
    this.options.notify?.('workspace:changed');
  }

  close(): void {
    closeWorkspaceDb(this.db);
  }
}
