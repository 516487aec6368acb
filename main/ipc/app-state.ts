import type { Catalog } from '../../shared/catalog/schema';
import type { AppEvent } from '../../shared/ipc/channels';
import { WorkspaceSession } from '../workspace/session';
import type { RememberedPassphrases } from '../workspace/remembered';
import type { ServiceContext } from '../services/context';
import { evidenceStoreDirOf } from '../evidence/store';
import { bindAuditClock } from '../db/audit-session';

/** The platform's file dialogs: Electron's in the app, a scripted chooser in the browser test bridge. */
export interface DialogPort {
  chooseWorkspaceToOpen(): Promise<string | null>;
  chooseWorkspaceToCreate(): Promise<string | null>;
  chooseReportPath(defaultName: string): Promise<string | null>;
  /** Files to add as evidence (absolute paths); empty when cancelled. */
  chooseEvidenceFiles(): Promise<string[]>;
  /** Where to save an export (`kind` picks the file filter); null when cancelled. */
  chooseExportPath(defaultName: string, kind: ExportFileKind): Promise<string | null>;
  /** A control matrix to import (CSV or XLSX); null when cancelled. */
  chooseMatrixFile(): Promise<string | null>;
  /** A file to open of the given kind (an assessment to import, a package to verify); null when cancelled. */
  chooseFileToOpen(kind: OpenFileKind): Promise<string | null>;
}

/** File types the export dialogs offer; extend with the formats you export. */
export type ExportFileKind = 'csv' | 'xlsx' | 'json' | 'zip' | 'fwassess';

/** File types the open dialog of `chooseFileToOpen` offers. */
export type OpenFileKind = 'fwassess' | 'zip';

export interface AppStateOptions {
  workspacePath: string;
  catalog: Catalog;
  now: () => Date;
  dialogs: DialogPort;
  version: string;
  platform: string;
  notify?: (event: AppEvent) => void;
  /** "Remember on this machine" (Electron's safeStorage in the app); absent: passphrases are never remembered. */
  remembered?: RememberedPassphrases | null;
}

/** The main process's state: the current workspace, swappable through File › Open/New. */
export class AppState {
  /** The open, locked or damaged workspace, its idle lock and automatic backups (workspace/session.ts). */
  readonly session: WorkspaceSession;

  constructor(private readonly options: AppStateOptions) {
    this.session = new WorkspaceSession(
      options.workspacePath,
      { now: options.now, remembered: options.remembered ?? null, ...(options.notify && { notify: options.notify }) },
      true,
    );
  }

  get workspacePath(): string {
    return this.session.path;
  }

  /** The current workspace's evidence store: `<workspace>.evidence/` next to the workspace file. */
  get evidenceStoreDir(): string {
    return evidenceStoreDirOf(this.session.path);
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

  /** What services need; throws workspace_locked (or workspace_corrupt) unless the workspace is open. */
  get services(): ServiceContext {
    const db = this.session.requireDb();
    bindAuditClock(db, this.options.now); // audit entries carry the same injected clock as the data
    return { db, catalog: this.options.catalog, now: this.options.now };
  }

  /**
   * Opens another workspace; the current one stays open if the new one is refused. An encrypted one
   * opens locked (unless its passphrase is remembered), a damaged one on the recovery screen.
   */
  switchWorkspace(path: string, create: boolean): void {
    this.session.adopt(path, this.session.prepare(path, create), 'startup');
    this.options.notify?.('workspace:changed');
    this.options.notify?.('workspace:lockChanged');
  }

  /** The injected clock (usable whatever the lock state). */
  now(): Date {
    return this.options.now();
  }

  /** The periodic check (idle lock, automatic backups); main/index.ts runs it every 30 seconds. */
  tick(): void {
    this.session.tick();
  }

  close(): void {
    this.session.close();
  }
}
