/**
 * meta FILE.json — runs the meta-analysis described in FILE.json (keys measure,
 * method, studies; as in tests/fixtures/meta-reference/) and prints the
 * result as one JSON object at full precision.
 *
 * Exit status: 0 on success, 1 for unreadable or invalid input, 2 for usage errors.
 */
import { readFileSync } from 'node:fs';
import { metaAnalyse, type MetaAnalysisResult } from '../src/lib/meta/index.ts';

const USAGE = 'usage: npm run -s meta -- FILE.json';

class UsageError extends Error {}

/** The output keys, in the order the reference files list them under `expected`. */
function toOutput(result: MetaAnalysisResult) {
  return {
    k: result.k,
    estimate: result.estimate,
    se: result.se,
    ciLow: result.ciLow,
    ciHigh: result.ciHigh,
    z: result.z,
    p: result.p,
    tau2: result.tau2,
    i2: result.i2,
    h2: result.h2,
    q: result.q,
    qp: result.qp,
    piLow: result.piLow,
    piHigh: result.piHigh,
    yi: result.studies.map((study) => study.yi),
    vi: result.studies.map((study) => study.vi),
    weights: result.studies.map((study) => study.weight),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function run(args: readonly string[]): void {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [file, ...extra] = args;
  if (file === undefined) throw new UsageError('no input file given');
  if (extra.length > 0) throw new UsageError(`expected one input file, got ${args.length}`);
  if (file.startsWith('-')) throw new UsageError(`unknown option ${file}`);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new Error(`cannot read ${file} (${reason})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(`${JSON.stringify(toOutput(metaAnalyse(raw)), null, 2)}\n`);
}

try {
  run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`meta: ${oneLine(error.message)}; ${USAGE}\n`);
    process.exitCode = 2;
  } else {
    // MetaInputError, MetaComputationError, unreadable file or invalid JSON: the message says which.
    process.stderr.write(`meta: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  }
}
