import type { DialogPort } from '../../../main/ipc/app-state';

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
}
