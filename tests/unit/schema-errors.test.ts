// Every issue code zod can raise becomes a sentence an editor understands:
// no validator wording ("Invalid input", "Too small") gets through.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { friendlyErrorMap, problemsFromIssues } from '../../src/lib/schema-errors.ts';

function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { error: friendlyErrorMap });
  expect(result.success, 'the value must fail').toBe(false);
  return problemsFromIssues('f.yaml', result.error!.issues).map((p) => `${p.field}: ${p.message}`);
}

describe('friendly messages for every issue code', () => {
  const cases: [string, z.ZodType, unknown, RegExp][] = [
    ['invalid_type (missing)', z.object({ a: z.string() }), {}, /^a: is required but missing$/],
    ['invalid_type (boolean for text)', z.object({ a: z.string() }), { a: true }, /^a: must be text \(got true \(a yes\/no value\)\)/],
    ['invalid_type (object for list)', z.object({ a: z.array(z.string()) }), { a: { b: 1 } }, /^a: must be a list .*\(got a group of fields\)$/],
    ['invalid_type (text for a group)', z.object({ a: z.object({ b: z.string() }) }), { a: 'x' }, /^a: must be a group of fields .*\(got text: "x"\)$/],
    ['too_big (number)', z.object({ a: z.number().max(5) }), { a: 7 }, /^a: must be at most 5 \(got a number: 7\)$/],
    ['too_big (text)', z.object({ a: z.string().max(3) }), { a: 'abcd' }, /^a: must be at most 3 characters long \(got 4\)$/],
    ['too_big (list)', z.object({ a: z.array(z.number()).max(1) }), { a: [1, 2] }, /^a: must list at most 1 item \(got 2\)$/],
    ['too_small (list)', z.object({ a: z.array(z.number()).min(3) }), { a: [1] }, /^a: must list at least 3 items \(got 1\)$/],
    ['too_small (number, inclusive)', z.object({ a: z.number().min(1) }), { a: 0 }, /^a: must be at least 1 \(got a number: 0\)$/],
    ['invalid_format (url)', z.object({ a: z.url() }), { a: 'not a link' }, /^a: text: "not a link" is not a web address/],
    ['invalid_format (regex)', z.object({ a: z.string().regex(/^x$/) }), { a: 'y' }, /^a: text: "y" is not in the form this field needs$/],
    ['not_multiple_of', z.object({ a: z.number().multipleOf(5) }), { a: 7 }, /^a: must be a multiple of 5 \(got a number: 7\)$/],
    ['invalid_value (literal)', z.object({ a: z.literal('GBP') }), { a: 'EUR' }, /^a: must be "GBP" \(got text: "EUR"\)$/],
    ['invalid_union (not discriminated)', z.object({ a: z.union([z.string(), z.number()]) }), { a: [] }, /^a: an empty list does not match any of the forms this field accepts$/],
    ['invalid_key', z.object({ a: z.record(z.string().regex(/^k/), z.number()) }), { a: { x: 1 } }, /^a(\.x)?: has a name that is not allowed here$/],
    ['invalid_element', z.object({ a: z.map(z.string(), z.number()) }), { a: new Map([['k', 'v']]) }, /^a(\.k)?: (has an item that is not allowed here|must be a number.*)$/],
    ['custom (refine without a message)', z.object({ a: z.string().refine((v) => v === 'ok') }), { a: 'no' }, /^a: text: "no" is not valid here$/],
    ['unrecognized_keys, several at once, each with its suggestion', z.object({ title: z.string(), summary: z.string() }).strict(), { title: 'x', summary: 'y', titel: 1, sumary: 2 }, /^titel: .*did you mean "title"\?$/],
  ];
  for (const [name, schema, value, expected] of cases) {
    it(name, () => {
      const found = messages(schema, value);
      expect(found.some((m) => expected.test(m)), found.join('\n')).toBe(true);
      for (const m of found) expect(m).not.toMatch(/Invalid input|Invalid option|expected \w+, received|Too small|Too big|Unrecognized key|Invalid key|Invalid element/);
    });
  }
  it('keeps a message the schema author wrote', () => {
    expect(messages(z.object({ a: z.string().min(1, 'write a few words') }), { a: '' })).toEqual(['a: write a few words']);
  });
  it('suggests per key when several fields are misspelt', () => {
    expect(messages(z.object({ title: z.string(), summary: z.string() }).strict(), { title: 'x', summary: 'y', titel: 1, sumary: 2 })).toEqual([
      'titel: is not a field here (check the spelling, or remove it); did you mean "title"?',
      'sumary: is not a field here (check the spelling, or remove it); did you mean "summary"?',
    ]);
  });
});
