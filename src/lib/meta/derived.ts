/**
 * A value together with a plain-language note of how it was obtained, so a
 * page can say "SE from the 95% CI" or flag a value as approximate.
 */
export interface Derived<T> {
  readonly value: T;
  readonly derivation: string;
  /** True when the value rests on an approximation beyond the usual large-sample theory (e.g. an SE backed out of a p-value). */
  readonly approximate: boolean;
}

export function derived<T>(value: T, derivation: string, approximate = false): Derived<T> {
  return { value, derivation, approximate };
}
