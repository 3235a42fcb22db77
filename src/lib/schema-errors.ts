/** Turns schema failures into the editor-facing form: file, field, reason. */
import type { Problem } from './integrity.ts';
import { fieldPath } from './integrity.ts';

interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  values?: readonly unknown[];
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
    else if (issue.code === 'invalid_value' && issue.values) message = `must be one of: ${issue.values.join(', ')}`;
    else if (issue.code === 'invalid_union' && issue.discriminator) {
      const kinds = [...message.matchAll(/'([^']+)'/g)].map((m) => m[1]);
      message = `must be one of: ${kinds.join(', ')} (this decides which other fields are required)`;
    }
    return [{ file, field: fieldPath(issue.path as (string | number)[]), message }];
  });
}
