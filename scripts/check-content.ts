/**
 * `npm run check:content` (and the first step of every build): validates all
 * of content/ and prints every problem, one per line as
 * `file: field: what is wrong (what was expected)`, or one `content ok` line.
 * Exits non-zero on any problem, so nothing is published. Reads, never writes.
 */
import { checkContent } from './lib/check-content.ts';
import { formatProblems } from '../src/lib/integrity.ts';

const { problems, summary } = checkContent();
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log(summary);
}
