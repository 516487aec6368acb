import type { DialogPort, ExportFileKind, OpenFileKind } from '../../../main/ipc/app-state';

type Kind = 'open' | 'create' | 'report';

/**
 * The file dialogs, scripted: a test queues the answer of each dialog it expects (a path, or null for
 * "Cancel"). A dialog that opens with nothing queued fails loudly instead of guessing.
 */
export class ScriptedDialogs implements DialogPort {
  private readonly queues: Record<Kind, Array<string | null>> = { open: [], create: [], report: [] };
  /** Default file names the app proposed for reports, in order. */
  readonly proposedReportNames: string[] = [];

  answerOpen(path: string | null): void {
    this.queues.open.push(path);
  }

  answerCreate(path: string | null): void {
    this.queues.create.push(path);
  }

  answerReport(path: string | null): void {
    this.queues.report.push(path);
  }

  private next(kind: Kind): Promise<string | null> {
    const queue = this.queues[kind];
    if (queue.length === 0) return Promise.reject(new Error(`unexpected ${kind} dialog: the test queued no answer`));
    return Promise.resolve(queue.shift() ?? null);
  }

  chooseWorkspaceToOpen(): Promise<string | null> {
    return this.next('open');
  }

  chooseWorkspaceToCreate(): Promise<string | null> {
    return this.next('create');
  }

  chooseReportPath(defaultName: string): Promise<string | null> {
    this.proposedReportNames.push(defaultName);
    return this.next('report');
  }

  private readonly evidenceAnswers: string[][] = [];

  /** Queues the files the next evidence dialog returns ([] for "Cancel"). */
  answerEvidenceFiles(paths: string[]): void {
    this.evidenceAnswers.push(paths);
  }

  chooseEvidenceFiles(): Promise<string[]> {
    const answer = this.evidenceAnswers.shift();
    if (!answer) return Promise.reject(new Error('unexpected evidence dialog: the test queued no answer'));
    return Promise.resolve(answer);
  }

  private readonly exportAnswers: Array<string | null> = [];
  private readonly matrixAnswers: Array<string | null> = [];
  /** Default names and kinds the app proposed in export dialogs, in order. */
  readonly proposedExports: { name: string; kind: ExportFileKind }[] = [];

  /** Queues the path the next export dialog returns (null for "Cancel"). */
  answerExport(path: string | null): void {
    this.exportAnswers.push(path);
  }

  /** Queues the file the next "import a control matrix" dialog returns (null for "Cancel"). */
  answerMatrixFile(path: string | null): void {
    this.matrixAnswers.push(path);
  }

  chooseExportPath(defaultName: string, kind: ExportFileKind): Promise<string | null> {
    this.proposedExports.push({ name: defaultName, kind });
    if (this.exportAnswers.length === 0) {
      return Promise.reject(new Error('unexpected export dialog: the test queued no answer'));
    }
    return Promise.resolve(this.exportAnswers.shift() ?? null);
  }

  chooseMatrixFile(): Promise<string | null> {
    if (this.matrixAnswers.length === 0) {
      return Promise.reject(new Error('unexpected matrix dialog: the test queued no answer'));
    }
    return Promise.resolve(this.matrixAnswers.shift() ?? null);
  }

  private readonly openAnswers: Array<string | null> = [];
  /** Kinds the app asked for in open dialogs, in order. */
  readonly openedKinds: OpenFileKind[] = [];

  /** Queues the file the next `chooseFileToOpen` dialog returns (null for "Cancel"). */
  answerFileToOpen(path: string | null): void {
    this.openAnswers.push(path);
  }

  chooseFileToOpen(kind: OpenFileKind): Promise<string | null> {
    this.openedKinds.push(kind);
    if (this.openAnswers.length === 0) return Promise.reject(new Error('unexpected open dialog: nothing queued'));
    return Promise.resolve(this.openAnswers.shift() ?? null);
  }
}
