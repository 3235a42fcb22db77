/**
 * Bad input to the engine, naming the study (by its label) and the field at
 * fault so that an author can find and fix it.
 */
export class MetaInputError extends Error {
  /** The study's label, or null when the problem is not in one study (measure, method, the study list). */
  readonly study: string | null;
  /** The input field at fault, e.g. "sd1", "measure", "studies". */
  readonly field: string;

  constructor(study: string | null, field: string, problem: string) {
    super(study === null ? problem : `study "${study}": ${problem}`);
    this.name = 'MetaInputError';
    this.study = study;
    this.field = field;
  }
}

/** A computation that cannot be completed for well-formed input (e.g. REML not converging). */
export class MetaComputationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetaComputationError';
  }
}
