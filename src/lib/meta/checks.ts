import { MetaInputError } from './errors.ts';

/** The label used in messages for a study that has none. */
const UNLABELLED = 'unlabelled study';

export function studyName(study: { readonly label?: string }): string {
  return study.label ?? UNLABELLED;
}

/** Renders an offending input value for an error message. */
export function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'nothing';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function requireFinite(study: string | null, field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MetaInputError(study, field, `${field} must be a finite number (got ${show(value)})`);
  }
  return value;
}

export function requirePositive(study: string | null, field: string, value: number): number {
  requireFinite(study, field, value);
  if (value <= 0) throw new MetaInputError(study, field, `${field} must be positive (got ${show(value)})`);
  return value;
}

export function requireNonNegative(study: string | null, field: string, value: number): number {
  requireFinite(study, field, value);
  if (value < 0) throw new MetaInputError(study, field, `${field} must not be negative (got ${show(value)})`);
  return value;
}

export function requireAtLeast(study: string | null, field: string, value: number, minimum: number): number {
  requireFinite(study, field, value);
  if (value < minimum) throw new MetaInputError(study, field, `${field} must be at least ${minimum} (got ${show(value)})`);
  return value;
}
