import type { Problem } from './types';

/**
 * Turns a line in the build's own error format (`file:line — field: what is wrong`, from
 * src/config/errors.ts) into a problem, so schema messages read the same everywhere.
 */
export function problemFromLine(text: string, rest: Pick<Problem, 'severity' | 'check' | 'fix'>): Problem {
  const match = /^(.*?)(?::(\d+))? — (.*)$/s.exec(text);
  if (!match) return { ...rest, file: '', message: text };
  return { ...rest, file: match[1], line: match[2] ? Number(match[2]) : undefined, message: match[3] };
}
