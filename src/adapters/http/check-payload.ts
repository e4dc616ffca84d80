import type { z } from 'zod';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * A platform payload through its schema. The problem names where and what (a path and zod's message,
 * which never quotes the value), so it can be logged without the body or anyone's data in it.
 */
export function checkPayload<T>(schema: z.ZodType<T>, value: unknown, what: string): Checked<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return {
    ok: false,
    problem: `${what}${path ? `.${path}` : ''}: ${issue?.message ?? 'invalid'}`.slice(0, 200),
  };
}
