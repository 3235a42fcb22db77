// The bad-input corpus: mistakes an editor could make, each applied alone to a
// fresh copy of the real content/, then the checker is run in-process. Each
// must be reported naming the file and the field, in words an editor
// understands, and the untouched rest of the site must raise nothing false.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, type CheckResult } from '../../scripts/lib/check-content.ts';
import type { Problem } from '../../src/lib/integrity.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const sharedDir = join(projectRoot, '..', 'shared');
const nextYear = new Date().getUTCFullYear() + 1;

/** Raw validator wording that must never reach an editor. */
const rawValidatorText = /Invalid input|Invalid option|Invalid discriminator|expected \w+, received|Too small|Too big|Unrecognized key|Invalid string/;

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'ae-corpus-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of the real content/, as a project root. */
function copyContent(): string {
  const root = join(workDir, String(copies++));
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Replace text in a file of the copy; the original text must be there, so an edit cannot silently do nothing. */
function replace(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the corpus edit did not change ${file}: ${String(from)} not found`);
  writeFileSync(path, changed);
}

function check(root: string, withShared = false): CheckResult {
  return checkContent({ root, sharedDir: withShared ? sharedDir : null });
}

interface Mistake {
  name: string;
  /** Make the mistake in the copy. */
  edit: (root: string) => void;
  file: string;
  field: string;
  message: RegExp;
  /** Also asserted: no problem outside these files (one bad file raises nothing false elsewhere). */
  onlyIn?: string[];
}

const cosi = 'content/reviews/cosi-trial.mdx';
const yaholkoski = 'content/reviews/yaholkoski-2016.mdx';
const wright = 'content/reviews/wright-2023.mdx';
const vanIjzendoorn = 'content/reviews/van-ijzendoorn-2022.mdx';
const cosP = 'content/interventions/cos-p.mdx';
const www = 'content/interventions/watch-wait-and-wonder.mdx';
const security = 'content/outcomes/attachment-security.mdx';
const source = 'content/sources/yaholkoski-2016.yaml';
const wrightSource = 'content/sources/wright-2023.yaml';
const arm = 'content/glossary/arm.yaml';
const event = 'content/events/eypr-2016.mdx';

const mistakes: Mistake[] = [
  // Fields: missing, misspelt, of the wrong kind.
  { name: 'a required field left out', edit: (r) => replace(r, security, 'name: "Secure attachment"\n', ''), file: security, field: 'name', message: /^is required but missing$/ },
  { name: 'a misspelt field, with the field it probably is', edit: (r) => replace(r, security, 'domain: child', 'domian: child'), file: security, field: 'domian', message: /not a field here .*did you mean "domain"\?/ },
  { name: 'a misspelt field inside a list item', edit: (r) => replace(r, yaholkoski, 'estimate: 0.65', 'estimat: 0.65'), file: yaholkoski, field: 'effects[0].estimat', message: /did you mean "estimate"\?/ },
  { name: 'a number where text belongs', edit: (r) => replace(r, arm, 'term: Trial arm', 'term: 12'), file: arm, field: 'term', message: /^must be text \(got a number: 12\); if that is what you meant, put it in quotes: "12"$/ },
  { name: 'text where a number belongs', edit: (r) => replace(r, yaholkoski, 'estimate: 0.65', 'estimate: "0.65x"'), file: yaholkoski, field: 'effects[0].estimate', message: /^must be a number \(got text: "0\.65x"\)$/ },
  { name: 'a number in quotes', edit: (r) => replace(r, yaholkoski, 'k: 4', 'k: "4"'), file: yaholkoski, field: 'effects[0].k', message: /must be a number, not text .*remove the quotes/ },
  { name: 'a list where text belongs', edit: (r) => replace(r, arm, 'term: Trial arm', 'term: [Trial arm, arm]'), file: arm, field: 'term', message: /must be text \(got a list of 2\)/ },
  { name: 'text where a list belongs', edit: (r) => replace(r, source, 'authors: ["Yaholkoski, A.", "Hurl, K.", "Theule, J."]', 'authors: "Yaholkoski, A."'), file: source, field: 'authors', message: /must be a list .*got text: "Yaholkoski, A\."/ },
  { name: 'a field left empty', edit: (r) => replace(r, source, 'journal: "Journal of Infant, Child, and Adolescent Psychotherapy"', 'journal:'), file: source, field: 'journal', message: /is empty .*give a value, or remove the line/ },
  { name: 'empty text', edit: (r) => replace(r, arm, 'term: Trial arm', 'term: ""'), file: arm, field: 'term', message: /must not be empty/ },
  { name: 'an empty list', edit: (r) => replace(r, source, 'authors: ["Yaholkoski, A.", "Hurl, K.", "Theule, J."]', 'authors: []'), file: source, field: 'authors', message: /must list at least one item, or leave the field out/ },
  { name: 'a value not in the list, with the one it probably is', edit: (r) => replace(r, security, 'domain: child', 'domain: chlid'), file: security, field: 'domain', message: /"chlid" is not allowed \(must be one of: parent, child, relationship\); did you mean "child"\?/ },
  { name: 'an unknown metric', edit: (r) => replace(r, wright, 'metric: OR\n    estimate: 0.54', 'metric: HR\n    estimate: 0.54'), file: wright, field: 'effects[0].metric', message: /"HR" is not allowed \(must be one of: d, g, SMD, ES, MD, OR, RR, r\)/ },
  { name: 'a misspelt design type', edit: (r) => replace(r, cosi, 'type: rct', 'type: rtc'), file: cosi, field: 'design.type', message: /"rtc" is not allowed \(must be one of: .*rct.*\); did you mean "rct"\?/ },
  { name: 'a whole number with a fraction', edit: (r) => replace(r, yaholkoski, 'k: 4', 'k: 2.5'), file: yaholkoski, field: 'effects[0].k', message: /must be a whole number \(got 2\.5\)/ },
  { name: 'k of zero', edit: (r) => replace(r, yaholkoski, 'k: 4', 'k: 0'), file: yaholkoski, field: 'effects[0].k', message: /must be above 0 \(got a number: 0\)/ },
  { name: 'a negative n', edit: (r) => replace(r, yaholkoski, 'k: 4', 'k: 4\n    n: -20'), file: yaholkoski, field: 'effects[0].n', message: /must be above 0 \(got a number: -20\)/ },

  // Ids and file names.
  { name: 'a file name that cannot be an id', edit: (r) => renameSync(join(r, 'content/glossary/cpms.yaml'), join(r, 'content/glossary/CPMS Number.yaml')), file: 'content/glossary/CPMS Number.yaml', field: '(file name)', message: /"CPMS Number" cannot be an id/ },
  { name: 'a .md copy beside the .mdx (same id)', edit: (r) => cpSync(join(r, cosP), join(r, 'content/interventions/cos-p.md')), file: 'content/interventions/cos-p.md', field: '(file name)', message: /is not read \(files in content\/interventions\/ must end in \.mdx\); there is already a cos-p\.mdx: keep one of the two/ },
  { name: 'a .yml copy beside the .yaml (same id)', edit: (r) => cpSync(join(r, source), join(r, 'content/sources/yaholkoski-2016.yml')), file: 'content/sources/yaholkoski-2016.yml', field: '(file name)', message: /gives the id "yaholkoski-2016", which content\/sources\/yaholkoski-2016\.yaml already has/ },
  { name: 'a file with an extension the collection does not read', edit: (r) => cpSync(join(r, yaholkoski), join(r, 'content/reviews/new-review.txt')), file: 'content/reviews/new-review.txt', field: '(file name)', message: /is not read \(files in content\/reviews\/ must end in \.mdx\)$/ },
  { name: 'a folder inside a collection', edit: (r) => mkdirSync(join(r, 'content/reviews/drafts')), file: 'content/reviews/drafts', field: '(file name)', message: /folders inside content\/reviews\/ are not read/ },
  { name: 'two effects with one id', edit: (r) => replace(r, yaholkoski, 'id: quality-of-caregiving', 'id: attachment-security'), file: yaholkoski, field: 'effects[1].id', message: /"attachment-security" is already used by effects\[0\]/ },

  // Links between entries.
  { name: 'a link to an outcome that does not exist, with a suggestion', edit: (r) => replace(r, yaholkoski, 'outcome: quality-of-caregiving', 'outcome: quality-of-caregivin'), file: yaholkoski, field: 'effects[1].outcome', message: /there is no outcomes entry "quality-of-caregivin" .*did you mean "quality-of-caregiving"\?/ },
  { name: 'a glossary see-also that does not exist', edit: (r) => replace(r, arm, '- randomised-controlled-trial', '- randomized-controlled-trial'), file: arm, field: 'seeAlso[0]', message: /there is no glossary entry "randomized-controlled-trial".*did you mean "randomised-controlled-trial"\?/ },
  { name: 'a link that is not an id', edit: (r) => replace(r, yaholkoski, 'publication: yaholkoski-2016', 'publication: "Yaholkoski 2016"'), file: yaholkoski, field: 'publication', message: /lower-case letters, digits and single hyphens/ },
  {
    name: 'a source that fails its schema is still known to the files citing it',
    edit: (r) => replace(r, source, 'kind: journal-article', 'kind: journal-articel'),
    file: source,
    field: 'kind',
    message: /did you mean "journal-article"\?/,
    onlyIn: [source],
  },

  // Numbers that cannot be right.
  { name: 'a CI that does not contain its estimate', edit: (r) => replace(r, wright, 'estimate: 0.54', 'estimate: 0.94'), file: wright, field: 'effects[0].estimate', message: /estimate 0\.94 lies outside its confidence interval \[0\.39, 0\.77\]/ },
  { name: 'a CI upside down', edit: (r) => replace(r, wright, 'ciLow: 0.39', 'ciLow: 0.99'), file: wright, field: 'effects[0].ciLow', message: /ciLow \(0\.99\) is above ciHigh \(0\.77\)/ },
  { name: 'a CI with one bound', edit: (r) => replace(r, wright, '    ciHigh: 0.77\n', ''), file: wright, field: 'effects[0].ciHigh', message: /needs both ciLow and ciHigh/ },
  { name: 'a ratio of zero', edit: (r) => replace(r, wright, 'ciLow: 0.39', 'ciLow: 0'), file: wright, field: 'effects[0].ciLow', message: /a ratio \(OR\) must be above 0 \(got 0\)/ },
  { name: 'a negative ratio', edit: (r) => replace(r, wright, 'estimate: 1.85', 'estimate: -1.85'), file: wright, field: 'effects[1].estimate', message: /a ratio \(OR\) must be above 0 \(got -1\.85\)/ },
  { name: 'a correlation outside -1 to 1', edit: (r) => replace(r, vanIjzendoorn, 'estimate: 0.18', 'estimate: 1.8'), file: vanIjzendoorn, field: 'effects[0].estimate', message: /a correlation must lie between -1 and 1 \(got 1\.8\)/ },
  { name: 'a p-value of 0', edit: (r) => replace(r, yaholkoski, 'p: "= .003"', 'p: "= .000"'), file: yaholkoski, field: 'effects[0].p', message: /a p-value must be above 0 and at most 1 \(got \.000/ },
  { name: 'a p-value above 1', edit: (r) => replace(r, yaholkoski, 'p: "= .003"', 'p: "1.3"'), file: yaholkoski, field: 'effects[0].p', message: /a p-value must be above 0 and at most 1 \(got 1\.3/ },
  { name: 'a p-value in words', edit: (r) => replace(r, yaholkoski, 'p: "= .003"', 'p: "significant"'), file: yaholkoski, field: 'effects[0].p', message: /must look like "0\.003"/ },
  { name: 'an estimate without betterWhen', edit: (r) => replace(r, wright, '    betterWhen: lower\n', ''), file: wright, field: 'effects[0].betterWhen', message: /needs betterWhen \(higher or lower\)/ },
  { name: 'a range upside down', edit: (r) => replace(r, cosi, 'value: 3171', 'low: 3171\n      high: 300'), file: cosi, field: 'design.screened[0].low', message: /low \(3171\) is above high \(300\)/ },
  { name: 'a sourced number with no value', edit: (r) => replace(r, cosi, '    - value: 3171\n      unit:', '    - unit:'), file: cosi, field: 'design.screened[0]', message: /give either value, or low and high/ },
  { name: 'more analysed than randomised in an arm', edit: (r) => replace(r, cosi, 'value: 194', 'value: 294'), file: cosi, field: 'design.arms[0].analysed[0]', message: /294 analysed is more than the 248 randomised \(design\.arms\[0\]\.randomised\[0\]\)/ },
  { name: 'more randomised than screened', edit: (r) => replace(r, cosi, 'value: 3171', 'value: 317'), file: cosi, field: 'design.randomised[0]', message: /371 randomised is more than the 317 screened/ },

  // Dates.
  { name: 'a day that does not exist', edit: (r) => replace(r, source, 'date: "2016"', 'date: "2016-02-30"'), file: source, field: 'date', message: /"2016-02-30" is not a real date \(February 2016 has 29 days\)/ },
  { name: 'a month that does not exist', edit: (r) => replace(r, www, 'date: "2023"', 'date: "2023-13"'), file: www, field: 'ratings[0].date', message: /"2023-13" is not a real date \(the month must be 01 to 12\)/ },
  { name: 'a date in another format', edit: (r) => replace(r, event, 'date: "2016-07-12"', 'date: "12/07/2016"'), file: event, field: 'date', message: /must be a year \(2023\), a month \(2023-02\) or a date \(2023-02-01\)/ },
  { name: 'an unquoted date in frontmatter', edit: (r) => replace(r, cosi, 'start: "2022-01-04"', 'start: 2022-01-04'), file: cosi, field: 'design.recruitment.start', message: /^write dates in quotes: "2022-01-04"/ },
  { name: 'an unquoted date in a YAML file', edit: (r) => replace(r, source, 'date: "2016"', 'date: 2016-05-01'), file: source, field: 'date', message: /^write dates in quotes: "2016-05-01"/ },
  { name: 'an unquoted date that does not exist, quoted back as written', edit: (r) => replace(r, source, 'date: "2016"', 'date: 2016-02-30'), file: source, field: 'date', message: /^write dates in quotes: "2016-02-30"/ },
  { name: 'an unquoted year', edit: (r) => replace(r, source, 'date: "2016"', 'date: 2016'), file: source, field: 'date', message: /must be text \(got a number: 2016\); .*put it in quotes: "2016"/ },
  { name: 'recruitment ending before it starts', edit: (r) => replace(r, cosi, 'end: "2024-01-01"', 'end: "2021-12"'), file: cosi, field: 'design.recruitment.end', message: /"2021-12" is before the start, "2022-01-04"/ },
  { name: 'a publication year in the future', edit: (r) => replace(r, source, 'date: "2016"', `date: "${nextYear}"`), file: source, field: 'date', message: new RegExp(`"${nextYear}" is in the future`) },

  // Identifiers.
  { name: 'a DOI given as a link', edit: (r) => replace(r, source, 'doi: "10.1080/', 'doi: "https://doi.org/10.1080/'), file: source, field: 'doi', message: /must be a bare DOI .*no https:\/\/doi\.org\/ prefix/ },
  { name: 'an ISRCTN with a digit missing', edit: (r) => replace(r, cosi, 'id: ISRCTN18308962', 'id: ISRCTN1830896'), file: cosi, field: 'design.registrations[0].id', message: /"ISRCTN1830896" is not a well-formed ISRCTN number \(expected ISRCTN followed by 8 digits/ },
  { name: 'a CPMS number with letters', edit: (r) => replace(r, cosi, 'id: "50730"', 'id: "CPMS50730"'), file: cosi, field: 'design.registrations[1].id', message: /is not a well-formed CPMS number \(expected digits only/ },
  { name: 'a ClinicalTrials.gov number without NCT', edit: (r) => replace(r, cosi, 'registry: CPMS\n      id: "50730"', 'registry: ClinicalTrials.gov\n      id: "01234567"'), file: cosi, field: 'design.registrations[1].id', message: /is not a well-formed ClinicalTrials\.gov number \(expected NCT followed by 8 digits/ },
  { name: 'a PMID with letters', edit: (r) => replace(r, wrightSource, 'pmid: "36722615"', 'pmid: "PMID36722615"'), file: wrightSource, field: 'pmid', message: /must be digits only/ },
  { name: 'a web address without https', edit: (r) => replace(r, source, 'doi: "10.1080/15289168.2016.1163161"', 'url: "http://example.org/paper"'), file: source, field: 'url', message: /must be an https:\/\/ address/ },

  // Files that cannot be read.
  { name: 'a YAML syntax error, with its line', edit: (r) => replace(r, source, 'journal:', '  journal:'), file: source, field: '(YAML)', message: /cannot be read at line 5: bad indentation/, onlyIn: [source] },
  { name: 'a YAML syntax error in frontmatter, with the line in the file', edit: (r) => replace(r, security, 'better: higher', 'better: [higher'), file: security, field: '(YAML)', message: /cannot be read at line 5: /, onlyIn: [security] },
  { name: 'a key given twice', edit: (r) => replace(r, security, 'better: higher', 'better: higher\nbetter: lower'), file: security, field: '(YAML)', message: /cannot be read at line 5: duplicated mapping key/, onlyIn: [security] },
  { name: 'an empty file', edit: (r) => writeFileSync(join(r, arm), ''), file: arm, field: '(file)', message: /is empty/, onlyIn: [arm] },
  { name: 'an MDX file without frontmatter', edit: (r) => replace(r, security, /^---\n/, ''), file: security, field: '(frontmatter)', message: /is missing \(the file must start with a line of three dashes/, onlyIn: [security] },
  { name: 'frontmatter that is a list', edit: (r) => writeFileSync(join(r, security), '---\n- name\n- domain\n---\n\nText.\n'), file: security, field: '(top level)', message: /must be a set of fields, .*\(got a list\)/, onlyIn: [security] },
  {
    name: 'a file saved as Windows-1252, not UTF-8',
    edit: (r) => {
      const bytes = Buffer.from(readFileSync(join(r, source), 'utf8').replace('95–103', '95@103'), 'utf8');
      bytes[bytes.indexOf('95@103') + 2] = 0x96; // the en dash as Windows-1252 writes it
      writeFileSync(join(r, source), bytes);
    },
    file: source,
    field: '(file)',
    message: /is not saved as UTF-8 \(line 8 /,
    onlyIn: [source],
  },
  { name: 'the replacement character pasted into a field', edit: (r) => replace(r, arm, 'Trial arm', 'Trial \uFFFD arm'), file: arm, field: 'term', message: /contains the character �/ },
];

describe('the bad-input corpus: each mistake is reported with its file and field', () => {
  it('has at least 40 distinct mistakes', () => {
    expect(new Set(mistakes.map((m) => m.name)).size).toBe(mistakes.length);
    expect(mistakes.length).toBeGreaterThanOrEqual(40);
  });

  it('the untouched copy of the content passes (so every problem below comes from its mistake)', () => {
    expect(check(copyContent()).problems).toEqual([]);
  });

  for (const m of mistakes) {
    it(m.name, () => {
      const root = copyContent();
      m.edit(root);
      const { problems, summary } = check(root);
      const hit = problems.find((p) => p.file === m.file && p.field === m.field);
      expect(hit, `no problem at ${m.file}: ${m.field}; got:\n${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')}`).toBeDefined();
      expect(hit!.message).toMatch(m.message);
      expect(summary).toMatch(/^\d+ problems? in content\//);
      for (const p of problems) expect(p.message, `${p.file}: ${p.field}`).not.toMatch(rawValidatorText);
      if (m.onlyIn) expect(problems.filter((p) => !m.onlyIn!.includes(p.file))).toEqual([]);
    });
  }
});

describe('one mistake does not hide or cause others', () => {
  it('a schema error and a broken link in one file are both reported, in one run', () => {
    const root = copyContent();
    replace(root, yaholkoski, 'estimate: 0.65', 'estimate: "0.65x"');
    replace(root, yaholkoski, 'outcome: quality-of-caregiving', 'outcome: quality-of-caregivin');
    const fields = check(root).problems.filter((p) => p.file === yaholkoski).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['effects[0].estimate', 'effects[1].outcome']));
  });

  it('a source failing its schema causes no "there is no sources entry" anywhere, and its quotes are still checked', () => {
    const root = copyContent();
    replace(root, source, 'kind: journal-article', 'kind: 12');
    const { problems } = check(root);
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${source}: kind`]);
  });

  it.skipIf(!existsSync(sharedDir))('a wrong quote is still found in a file with a schema error (needs ../shared for the source texts)', () => {
    const root = copyContent();
    replace(root, yaholkoski, 'summary: >-', 'summary: 12\nsummar: >-');
    replace(root, yaholkoski, 'record: "quality of caregiving g = 0.60, p = .012, k = 4"', 'record: "quality of caregiving g = 0.70, p = .012, k = 4"');
    replace(root, yaholkoski, 'estimate: 0.60', 'estimate: 0.70');
    const problems = check(root, true).problems.filter((p) => p.file === yaholkoski);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['summary', 'summar', 'keyFindings[1].record', 'effects[1].estimate']));
    expect(problems.find((p) => p.field === 'summar')!.message).toMatch(/did you mean "summary"\?/);
  });

  it('every problem of many mistakes at once is listed in one run', () => {
    const root = copyContent();
    replace(root, arm, 'term: Trial arm', 'term: 12');
    replace(root, wright, 'estimate: 0.54', 'estimate: 0.94');
    replace(root, cosi, 'id: ISRCTN18308962', 'id: ISRCTN1830896');
    replace(root, cosi, 'end: "2024-01-01"', 'end: "2021-12"');
    const found = check(root).problems.map((p) => `${p.file}: ${p.field}`);
    expect(found).toEqual(expect.arrayContaining([`${arm}: term`, `${wright}: effects[0].estimate`, `${cosi}: design.registrations[0].id`, `${cosi}: design.recruitment.end`]));
  });
});

describe('the rules hold beyond the corpus', () => {
  /** Every quoted full date in the real content, as [file, line index]. */
  function quotedDates(root: string): { file: string; count: number }[] {
    const found: { file: string; count: number }[] = [];
    for (const collection of readdirSync(join(root, 'content'))) {
      for (const name of readdirSync(join(root, 'content', collection))) {
        const file = `content/${collection}/${name}`;
        const count = (readFileSync(join(root, file), 'utf8').match(/^\s*-?\s*(date|start|end): "\d{4}(-\d{2}){0,2}"$/gm) ?? []).length;
        if (count > 0) found.push({ file, count });
      }
    }
    return found;
  }

  it('every date field of every file refuses a day that does not exist', () => {
    const root = copyContent();
    const files = quotedDates(root);
    expect(files.length).toBeGreaterThan(3);
    for (const { file } of files) replace(root, file, /^(\s*-?\s*(?:date|start|end): )"(\d{4})(?:-\d{2}){0,2}"$/gm, '$1"$2-02-30"');
    const problems = check(root).problems.filter((p) => /is not a real date/.test(p.message));
    for (const { file, count } of files) expect(problems.filter((p) => p.file === file), file).toHaveLength(count);
  });

  it('every date field of every file refuses the date unquoted', () => {
    const root = copyContent();
    const files = quotedDates(root);
    // A full date unquoted is a date to YAML; "2016" and "2016-03" unquoted are a number and text: make them full first.
    for (const { file } of files) {
      const path = join(root, file);
      writeFileSync(
        path,
        readFileSync(path, 'utf8')
          .replace(/^(\s*-?\s*(?:date|start|end): )"(\d{4})"$/gm, '$1"$2-06-15"')
          .replace(/^(\s*-?\s*(?:date|start|end): )"(\d{4}-\d{2})"$/gm, '$1"$2-15"'),
      );
      replace(root, file, /^(\s*-?\s*(?:date|start|end): )"(\d{4}-\d{2}-\d{2})"$/gm, '$1$2');
    }
    const problems = check(root).problems;
    for (const p of problems) expect(p.message, `${p.file}: ${p.field}`).toMatch(/^write dates in quotes: "\d{4}-\d{2}(-\d{2})?"/);
    for (const { file, count } of files) expect(problems.filter((p) => p.file === file), file).toHaveLength(count);
  });

  it('every effect refuses a misspelt field name, suggesting the right one', () => {
    const root = copyContent();
    replace(root, yaholkoski, /^(\s+)finding:/gm, '$1findings:');
    const problems = check(root).problems.filter((p: Problem) => p.field.endsWith('.findings'));
    expect(problems.length).toBeGreaterThan(2);
    for (const p of problems) expect(p.message).toMatch(/did you mean "finding"\?/);
  });
});

describe('files the build accepts, the checker accepts', () => {
  it('a UTF-8 byte-order mark, in YAML and in MDX (Astro accepts both: tests/site/checker-agrees-with-build.test.ts)', () => {
    const root = copyContent();
    for (const file of [source, cosi]) writeFileSync(join(root, file), `\uFEFF${readFileSync(join(root, file), 'utf8')}`);
    expect(check(root).problems).toEqual([]);
  });

  it('Windows line endings (CRLF)', () => {
    const root = copyContent();
    for (const file of [source, cosi, arm]) writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(/\n/g, '\r\n'));
    expect(check(root).problems).toEqual([]);
  });
});
