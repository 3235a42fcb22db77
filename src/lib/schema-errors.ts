/** Turns schema failures into the editor-facing form: file, field, reason. */
import type { Problem } from './integrity.ts';
import { fieldPath } from './integrity.ts';

interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  options?: readonly unknown[];
  discriminator?: string;
}

export function problemsFromIssues(file: string, issues: readonly IssueLike[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        file,
        field: fieldPath([...issue.path, key] as (string | number)[]),
        message: 'is not a field of this collection (check the spelling, or remove it)',
      }));
    }
    let message = issue.message;
    if (/^Invalid input: expected \w+, received undefined$/.test(message)) message = 'is required but missing';
    else if (issue.code === 'invalid_union' && issue.discriminator) message = `must say which kind it is (${issue.discriminator}); ${message}`;
    return [{ file, field: fieldPath(issue.path as (string | number)[]), message }];
  });
}
