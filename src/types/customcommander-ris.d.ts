// @customcommander/ris (a RIS reader used by the tests) ships no types.
declare module '@customcommander/ris' {
  export function read(ris: string): Record<string, unknown[]>[];
}
