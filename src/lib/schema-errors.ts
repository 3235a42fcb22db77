/**
 * Turns schema failures into the editor-facing form: file, field, and what is
 * wrong in plain words, with what was expected and a "did you mean" where one
 * exists. No raw validator text ("expected string, received number") reaches
 * an editor: every issue code zod can produce is mapped to a sentence here.
 *
 * How: the checker parses with `friendlyErrorMap` as the per-parse error map.
 * Zod gives a schema's own message (written for editors in src/schemas/)
 * precedence over a per-parse map, so this only fills in where a schema
 * author wrote none. Astro's build uses its own map; the checker runs first.
 */
import type { Problem } from './integrity.ts';
import { closest, fieldPath } from './integrity.ts';

/** The parts of a zod v4 raw issue (as an error map receives it) that we read. */
export interface RawIssue {
  code: string;
  input?: unknown;
  path?: readonly PropertyKey[];
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
  format?: string;
  divisor?: number | bigint;
  keys?: readonly string[];
  values?: readonly unknown[];
  options?: readonly unknown[];
  discriminator?: string;
  note?: string;
  pattern?: string;
  message?: string;
  inst?: unknown;
}

/** The shape keys of a zod object schema (as the error map's `inst`), if it is one. */
function objectKeys(schema: unknown): string[] {
  const def = (schema as { _zod?: { def?: { type?: string; shape?: object } } } | undefined)?._zod?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** A value as an editor wrote it, named by kind: "a number: 12", "text: \"x\"". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return `a date: ${yamlDate(value)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return value.trim() === '' ? 'empty text' : `text: ${JSON.stringify(shorten(value))}`;
    case 'number':
      return `a number: ${value}`;
    case 'boolean':
      return `${value ? 'true' : 'false'} (a yes/no value)`;
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A date YAML read from an unquoted 2023-02-01, back as the editor wrote it. */
function yamlDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'an invalid date';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

const kindNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (each item on its own line starting with "- ")',
  object: 'a group of fields (one "name: value" per line, indented under it)',
  date: 'a date',
  bigint: 'a whole number',
  null: 'empty',
};

function datesInQuotes(written: string): string {
  return `write dates in quotes: "${written}" (without quotes YAML reads it as a date, not as text)`;
}

function invalidType(issue: RawIssue): string {
  const { expected = '', input } = issue;
  if (input === undefined) return 'is required but missing';
  if (expected === 'int' && typeof input === 'number') return `must be a whole number (got ${input})`;
  if (expected === 'string' && input instanceof Date) return datesInQuotes(yamlDate(input));
  const wanted = kindNames[expected] ?? expected;
  if (input === null) return `is empty (expected ${wanted}; give a value, or remove the line)`;
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return `must be text (got ${describeValue(input)}); if that is what you meant, put it in quotes: "${String(input)}"`;
  }
  if ((expected === 'number' || expected === 'int') && typeof input === 'string' && input.trim() !== '' && Number.isFinite(Number(input))) {
    return `must be a number, not text (got ${describeValue(input)}); remove the quotes`;
  }
  return `must be ${wanted} (got ${describeValue(input)})`;
}

function bound(issue: RawIssue, which: 'minimum' | 'maximum'): string {
  const n = Number(issue[which]);
  const small = which === 'minimum';
  const got = describeValue(issue.input);
  switch (issue.origin) {
    case 'string':
      if (small && n === 1) return 'must not be empty';
      return `must be ${small ? 'at least' : 'at most'} ${n} characters long (got ${typeof issue.input === 'string' ? issue.input.length : '?'})`;
    case 'array':
    case 'set':
      if (small && n === 1) return 'must list at least one item, or leave the field out';
      return `must list ${small ? 'at least' : 'at most'} ${n} item${n === 1 ? '' : 's'} (got ${Array.isArray(issue.input) ? issue.input.length : '?'})`;
    default: {
      const relation = issue.inclusive === false ? (small ? 'above' : 'below') : small ? 'at least' : 'at most';
      if (small && n === 0 && issue.inclusive === false) return `must be above 0 (got ${got})`;
      return `must be ${relation} ${n} (got ${got})`;
    }
  }
}

const formatNames: Record<string, string> = {
  url: 'a web address starting with https://',
  email: 'an email address',
  date: 'a date such as "2023-02-01"',
  datetime: 'a date and time',
  regex: 'in the form this field needs',
};

/**
 * A plain-English message for one raw issue. `unrecognized_keys` returns a
 * JSON list (one message per key) that `problemsFromIssues` unpacks, because
 * only the error map can see the schema's keys to suggest the right one.
 */
export function friendlyMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue);
    case 'too_small':
      return bound(issue, 'minimum');
    case 'too_big':
      return bound(issue, 'maximum');
    case 'invalid_format':
      return `${describeValue(issue.input)} is not ${formatNames[issue.format ?? ''] ?? `a valid ${issue.format}`}`;
    case 'not_multiple_of':
      return Number(issue.divisor) === 1 ? `must be a whole number (got ${describeValue(issue.input)})` : `must be a multiple of ${issue.divisor} (got ${describeValue(issue.input)})`;
    case 'unrecognized_keys': {
      const known = objectKeys(issue.inst);
      return JSON.stringify(
        (issue.keys ?? []).map((key) => {
          const guess = closest(key, known);
          return `is not a field here (check the spelling, or remove it)${guess ? `; did you mean "${guess}"?` : ''}`;
        }),
      );
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      if (values.length === 1) return `must be ${JSON.stringify(values[0])} (got ${describeValue(issue.input)})`;
      const guess = typeof issue.input === 'string' ? closest(issue.input, values) : undefined;
      const got = issue.input === undefined ? 'is required but missing' : `${describeValue(issue.input)} is not allowed`;
      return `${got} (must be one of: ${values.join(', ')})${guess ? `; did you mean "${guess}"?` : ''}`;
    }
    case 'invalid_union': {
      if (issue.discriminator) {
        const values = (issue.options ?? []).map(String);
        const input = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
        const guess = typeof input === 'string' ? closest(input, values) : undefined;
        const got = input === undefined ? 'is required but missing' : `${describeValue(input)} is not allowed`;
        return `${got} (must be one of: ${values.join(', ')}; this decides which other fields are required)${guess ? `; did you mean "${guess}"?` : ''}`;
      }
      return `${describeValue(issue.input)} does not match any of the forms this field accepts`;
    }
    case 'invalid_key':
      return 'has a name that is not allowed here';
    case 'invalid_element':
      return 'has an item that is not allowed here';
    case 'custom':
      return `${describeValue(issue.input)} is not valid here`;
    default:
      return `${describeValue(issue.input)} is not valid here`;
  }
}

/** Pass as `safeParse(data, { error: friendlyErrorMap })`. */
export const friendlyErrorMap = (issue: RawIssue): { message: string } => ({ message: friendlyMessage(issue) });

/** A finished zod issue, as `safeParse` returns it. */
interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  expected?: string;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * @param written the file read again keeping dates as the text the editor
 *   wrote: YAML turns an unquoted 2023-02-30 into 2 March, so the message
 *   quotes what is in the file, not what YAML made of it.
 */
export function problemsFromIssues(file: string, issues: readonly IssueLike[], written?: unknown): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'invalid_type' && issue.expected === 'string' && written !== undefined) {
      const text = valueAt(written, issue.path);
      if (typeof text === 'string' && /^\d{4}-\d{1,2}-\d{1,2}(?![\d])/.test(text)) {
        return [{ file, field: fieldPath(issue.path as (string | number)[]), message: datesInQuotes(text) }];
      }
    }
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      let messages: string[] = [];
      try {
        messages = JSON.parse(issue.message) as string[];
      } catch {
        // parsed without friendlyErrorMap: fall back to one plain sentence
      }
      return issue.keys.map((key, i) => ({
        file,
        field: fieldPath([...issue.path, key] as (string | number)[]),
        message: messages[i] ?? 'is not a field here (check the spelling, or remove it)',
      }));
    }
    return [{ file, field: fieldPath(issue.path as (string | number)[]), message: issue.message }];
  });
}

/**
 * What of `raw` does pass `schema`, field by field: an object keeps each field
 * that parses (parsed, so references become { collection, id }) and drops the
 * rest; a list keeps its items likewise. Lets the checker run reference and
 * quote checks on a file whose schema failed, so one bad field does not hide
 * the file's other problems, and its id stays known to the files linking to it.
 */
export function salvage(schema: unknown, raw: unknown): unknown {
  const s = schema as { safeParse: (v: unknown) => { success: boolean; data?: unknown }; _zod: { def: Record<string, unknown> } };
  const parsed = s.safeParse(raw);
  if (parsed.success) return parsed.data;
  const def = s._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return raw === undefined ? undefined : salvage(def.innerType, raw);
    case 'object': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
      const shape = def.shape as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(raw)) {
        if (!(key in shape)) continue;
        const kept = salvage(shape[key], value);
        if (kept !== undefined) out[key] = kept;
      }
      return out;
    }
    case 'array':
      return Array.isArray(raw) ? raw.map((item) => salvage(def.element, item)) : undefined;
    case 'union': {
      // A discriminated union: salvage as the option its discriminator names.
      const key = def.discriminator as string | undefined;
      if (!key || typeof raw !== 'object' || raw === null) return undefined;
      const wanted = (raw as Record<string, unknown>)[key];
      const option = (def.options as { _zod: { def: { shape?: Record<string, { _zod: { def: { values?: unknown[] } } }> } } }[]).find((o) =>
        o._zod.def.shape?.[key]?._zod.def.values?.includes(wanted),
      );
      return option ? salvage(option, raw) : undefined;
    }
    default:
      return undefined;
  }
}
