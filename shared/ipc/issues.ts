/**
 * Validation problems (zod issues) written for people, short whatever came in: at most a few issues, each
 * path and message cut short, so that a 1 MB key or value sent by the page or found in a file is never
 * echoed back whole in an error message.
 */

export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `path: message; path: message` for the first `count` issues; `root` names an issue at the top level. */
export function issuesText(issues: readonly IssueLike[], count: number, root: string): string {
  return issues
    .slice(0, count)
    .map((i) => `${clip(i.path.map(String).join('.'), 120) || root}: ${clip(i.message, 200)}`)
    .join('; ');
}
