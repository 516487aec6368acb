import type { z } from 'zod';

/**
 * Field errors for a form, from the same zod schema main validates with: each issue's path (`soc2Report.periodEnd`)
 * is looked up in the UI's messages, falling back to the schema's own sentence. The first issue per path wins.
 */
export function fieldErrors(
  schema: z.ZodType,
  value: unknown,
  message: (path: string) => string | undefined,
): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= message(path) ?? issue.message;
  }
  return errors;
}
