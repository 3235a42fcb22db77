// Editors must get an exact, friendly error for every mistake: each failure
// names the file, the field and what is wrong.
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../scripts/lib/load-content.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

const mdx = (yaml: string) => `---\n${yaml.trim()}\n---\n\nBody text.\n`;

const valid: Record<CollectionName, { file: string; text: string }> = {
  sources: { file: 'content/sources/example-2020.yaml', text: 'kind: journal-article\ntitle: An example\ndoi: "10.1037/fam0000605"\ndate: "2020"\nfullText: ../shared/seeds/000_c2e0182abe9ab74d.txt\n' },
  interventions: {
    file: 'content/interventions/example.mdx',
    text: mdx(`
name: Example programme
kind: programme
summary: A short plain summary.
lastReviewed: "2026-11-24"
delivery:
  formats: [group]
  sessions:
    - low: 10
      high: 20
      source: example-2020
      quote: "10-20 group sessions"
ratings:
  - scheme: wright-2023
    level: strongest
    date: "2023"
    source: example-2020
    quote: "strongest evidence"`),
  },
  reviews: {
    file: 'content/reviews/example-2020.mdx',
    text: mdx(`
title: Example 2020
publication: example-2020
interventions: [example]
summary: A short plain summary.
lastReviewed: "2026-11-24"
design:
  type: meta-analysis
  studies:
    - value: 10
      source: example-2020
      quote: "10 studies"
effects:
  - id: security
    interventions: [example]
    outcome: attachment-security
    finding: It helped.
    metric: OR
    estimate: 0.54
    ciLow: 0.39
    ciHigh: 0.77
    betterWhen: lower
    betterWhenBasis: { quote: "fewer children with disorganised attachment" }
    source: example-2020
    quote: "OR 0.54 (95% CI 0.39 to 0.77)"
  - id: no-number
    interventions: [example]
    outcome: attachment-security
    finding: No difference.
    direction: no-difference
    directionBasis: { quote: "no difference" }
    source: example-2020
    quote: "no difference"`),
  },
  outcomes: { file: 'content/outcomes/attachment-security.mdx', text: mdx('name: Secure attachment\ndomain: child\nbetter: higher\nsummary: A plain summary.') },
  glossary: { file: 'content/glossary/odds-ratio.yaml', text: 'term: Odds ratio\ndefinition: Compares odds.\nseeAlso: [effect-size]\n' },
  events: { file: 'content/events/talk-2016.mdx', text: mdx('name: A talk\ndate: "2016-07-12"\nkind: talk\nsummary: A summary.\nsource: example-2020\nreviews: [example-2020]') },
};

describe('a valid entry of each collection passes', () => {
  for (const [collection, { file, text }] of Object.entries(valid)) {
    it(collection, () => {
      const result = parseEntry(collection as CollectionName, file, text);
      expect(result.problems).toEqual([]);
      expect(result.entry?.id).toBe(file.split('/').pop()!.replace(/\.\w+$/, ''));
    });
  }
  it('stores a reference as { collection, id }, like Astro reference()', () => {
    const { entry } = parseEntry('reviews', valid.reviews.file, valid.reviews.text);
    expect((entry!.data as { publication: unknown }).publication).toEqual({ collection: 'sources', id: 'example-2020' });
  });
  it('parses a p-value bound as a relation and a value', () => {
    const text = valid.reviews.text.replace('    ciLow: 0.39\n    ciHigh: 0.77\n', '    p: "< .001"\n');
    const { entry, problems } = parseEntry('reviews', valid.reviews.file, text);
    expect(problems).toEqual([]);
    expect((entry!.data as { effects: { p?: unknown }[] }).effects[0]!.p).toEqual({ relation: '<', value: 0.001, reported: '< .001' });
  });
});

/** Each case: a change to a valid file, and the field and reason the error must name. */
const invalid: { name: string; collection: CollectionName; edit: (t: string) => string; field: string; reason: RegExp }[] = [
  { name: 'a missing required field', collection: 'interventions', edit: (t) => t.replace('summary: A short plain summary.\n', ''), field: 'summary', reason: /required but missing/ },
  { name: 'a misspelt field', collection: 'interventions', edit: (t) => t.replace('summary:', 'sumary: x\nsummary:'), field: 'sumary', reason: /not a field/ },
  { name: 'a number written as text', collection: 'reviews', edit: (t) => t.replace('estimate: 0.54', 'estimate: "0.54x"'), field: 'effects[0].estimate', reason: /must be a number \(got text: "0\.54x"\)/ },
  { name: 'a CI that does not contain its estimate', collection: 'reviews', edit: (t) => t.replace('estimate: 0.54', 'estimate: 0.94'), field: 'effects[0].estimate', reason: /outside its confidence interval \[0\.39, 0\.77\]/ },
  { name: 'a CI with only one bound', collection: 'reviews', edit: (t) => t.replace('    ciHigh: 0.77\n', ''), field: 'effects[0].ciHigh', reason: /needs both ciLow and ciHigh/ },
  { name: 'a ratio of zero or less', collection: 'reviews', edit: (t) => t.replace('ciLow: 0.39', 'ciLow: -0.39'), field: 'effects[0].ciLow', reason: /ratio \(OR\) must be above 0/ },
  { name: 'an estimate without betterWhen', collection: 'reviews', edit: (t) => t.replace('    betterWhen: lower\n', ''), field: 'effects[0].betterWhen', reason: /needs betterWhen/ },
  { name: 'a betterWhen without who says so', collection: 'reviews', edit: (t) => t.replace(/    betterWhenBasis: .*\n/, ''), field: 'effects[0].betterWhenBasis', reason: /say who gives which way is better/ },
  { name: 'a direction without who says so', collection: 'reviews', edit: (t) => t.replace(/    directionBasis: .*\n/, ''), field: 'effects[1].directionBasis', reason: /say who gives this direction/ },
  { name: 'our reading without why', collection: 'reviews', edit: (t) => t.replace('directionBasis: { quote: "no difference" }', 'directionBasis: { reading: ours }'), field: 'effects[1].directionBasis.why', reason: /say why we read it so/ },
  { name: 'a basis that is both stated and ours', collection: 'reviews', edit: (t) => t.replace('directionBasis: { quote: "no difference" }', 'directionBasis: { quote: "no difference", reading: ours, why: x }'), field: 'effects[1].directionBasis', reason: /exactly one of/ },
  { name: 'a quote and a record for one claim', collection: 'reviews', edit: (t) => t.replace('    quote: "no difference"\n---', '    quote: "no difference"\n    record: "no difference"\n---'), field: 'effects[1].record', reason: /not both/ },
  { name: 'a claim with neither quote nor record', collection: 'reviews', edit: (t) => t.replace('\n    quote: "no difference"\n---', '\n---'), field: 'effects[1].quote', reason: /a quote .* or a record/ },
  { name: 'a sign-off on a record', collection: 'reviews', edit: (t) => t.replace('    quote: "no difference"\n---', '    record: "no difference"\n    signedOff: { by: someone, date: "2026-11-24" }\n---'), field: 'effects[1].signedOff', reason: /goes with quote/ },
  { name: 'a key finding neither sourced nor marked ours', collection: 'reviews', edit: (t) => t.replace('effects:\n', 'keyFindings:\n  - text: It helped a lot.\neffects:\n'), field: 'keyFindings[0].source', reason: /or mark the point as our reading with reading: ours/ },
  { name: 'a point marked ours that also cites', collection: 'reviews', edit: (t) => t.replace('effects:\n', 'keyFindings:\n  - text: It helped.\n    reading: ours\n    source: example-2020\neffects:\n'), field: 'keyFindings[0].source', reason: /marked reading: ours has no source/ },
  { name: 'a review without the date its evidence was checked', collection: 'reviews', edit: (t) => t.replace('lastReviewed: "2026-11-24"\n', ''), field: 'lastReviewed', reason: /required but missing/ },
  { name: 'a text in the repository without its licence', collection: 'sources', edit: (t) => t.replace('fullText: ../shared/seeds/000_c2e0182abe9ab74d.txt', 'fullText: content/texts/example-2020.txt'), field: 'licence', reason: /needs its licence/ },
  { name: 'a finding without a number or a direction', collection: 'reviews', edit: (t) => t.replace('    direction: no-difference\n', ''), field: 'effects[1].direction', reason: /needs the direction the source states/ },
  { name: 'an unknown metric', collection: 'reviews', edit: (t) => t.replace('metric: OR', 'metric: HR'), field: 'effects[0].metric', reason: /"HR" is not allowed \(must be one of: d, g, SMD, ES, MD, OR, RR, r\)/ },
  { name: 'a malformed p-value', collection: 'reviews', edit: (t) => t.replace('    ciLow: 0.39\n    ciHigh: 0.77\n', '    p: "significant"\n'), field: 'effects[0].p', reason: /must look like "0\.003"/ },
  { name: 'two effects with one id', collection: 'reviews', edit: (t) => t.replace('id: no-number', 'id: security'), field: 'effects[1].id', reason: /already used by effects\[0\]/ },
  { name: 'a meta-analysis without its number of studies', collection: 'reviews', edit: (t) => t.replace(/  studies:\n(    .*\n|      .*\n)+/, ''), field: 'design.studies', reason: /required but missing/ },
  { name: 'an unknown design type', collection: 'reviews', edit: (t) => t.replace('type: meta-analysis', 'type: cohort'), field: 'design.type', reason: /must be one of: meta-analysis, systematic-review, review-of-reviews, rct, survey, evidence-ratings/ },
  { name: 'a trial without arms', collection: 'reviews', edit: (t) => t.replace('type: meta-analysis', 'type: rct\n  randomised:\n    - value: 10\n      source: example-2020\n      quote: "10 randomised"\n  arms: []').replace(/  studies:\n(    .*\n|      .*\n)+/, ''), field: 'design.arms', reason: /at least two arms/ },
  { name: 'a sourced number without its quote', collection: 'interventions', edit: (t) => t.replace('      quote: "10-20 group sessions"\n', ''), field: 'delivery.sessions[0].quote', reason: /give the evidence/ },
  { name: 'a range upside down', collection: 'interventions', edit: (t) => t.replace('low: 10', 'low: 30'), field: 'delivery.sessions[0].low', reason: /low \(30\) is above high \(20\)/ },
  { name: 'a rating level the scheme does not have', collection: 'interventions', edit: (t) => t.replace('level: strongest', 'level: established'), field: 'ratings[0].level', reason: /not a level of wright-2023; use one of: strongest, intermediate, weak/ },
  { name: 'an unknown delivery format', collection: 'interventions', edit: (t) => t.replace('formats: [group]', 'formats: [telepathy]'), field: 'delivery.formats[0]', reason: /must be one of: group, individual, dyadic, home-visiting, online/ },
  { name: 'a reference that is not an id', collection: 'reviews', edit: (t) => t.replace('publication: example-2020', 'publication: "Example 2020"'), field: 'publication', reason: /lower-case letters/ },
  { name: 'a DOI given as a URL', collection: 'sources', edit: (t) => t.replace('"10.1037/fam0000605"', '"https://doi.org/10.1037/fam0000605"'), field: 'doi', reason: /bare DOI/ },
  { name: 'a source text outside the seeds and content/texts', collection: 'sources', edit: (t) => t.replace('../shared/seeds/000_c2e0182abe9ab74d.txt', '/etc/passwd'), field: 'fullText', reason: /must be a seed under \.\.\/shared\/seeds\/ or a file content\/texts\/<id>\.txt/ },
  { name: 'a date in another format', collection: 'events', edit: (t) => t.replace('"2016-07-12"', '"12/07/2016"'), field: 'date', reason: /must be a year \(2023\)/ },
  { name: 'an unknown outcome domain', collection: 'outcomes', edit: (t) => t.replace('domain: child', 'domain: family'), field: 'domain', reason: /must be one of: parent, child, relationship/ },
];

describe('an invalid entry fails naming file, field and reason', () => {
  for (const c of invalid) {
    it(c.name, () => {
      const { file, text } = valid[c.collection];
      const edited = c.edit(text);
      expect(edited, 'the test edit must change the file').not.toBe(text);
      const { problems, entry } = parseEntry(c.collection, file, edited);
      expect(entry?.complete).toBe(false);
      const match = problems.find((p) => p.field === c.field);
      expect(match, `no problem for ${c.field}; got ${JSON.stringify(problems)}`).toBeDefined();
      expect(match!.file).toBe(file);
      expect(match!.message).toMatch(c.reason);
    });
  }
  it('a file name that cannot be an id', () => {
    const { problems } = parseEntry('glossary', 'content/glossary/Odds Ratio.yaml', valid.glossary.text);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/glossary/Odds Ratio.yaml', field: '(file name)' }));
  });
  it('YAML that cannot be read, with its line', () => {
    const { problems } = parseEntry('outcomes', valid.outcomes.file, mdx('name: Secure attachment\ndomain: [child\nbetter: higher'));
    expect(problems).toEqual([expect.objectContaining({ file: valid.outcomes.file, field: '(YAML)', message: expect.stringMatching(/cannot be read at line 4: missed comma/) })]);
  });
  it('an MDX file without frontmatter', () => {
    const { problems } = parseEntry('outcomes', valid.outcomes.file, 'name: x\n');
    expect(problems).toEqual([expect.objectContaining({ field: '(frontmatter)' })]);
  });
});
