/**
 * What an entry's body may contain. MDX is code: a body can import modules,
 * run JavaScript at build time and put scripts in readers' browsers, and pull
 * requests come from outside. So a body may hold Markdown, GitHub-flavoured
 * Markdown and the site's own components from an allow-list, and nothing else.
 *
 * Every rule works on the tree the real MDX parser builds (remark-parse +
 * remark-mdx + remark-gfm, as @astrojs/mdx compiles it), never on the text,
 * so a rule cannot be dodged by spelling. The same function runs in the
 * checker and, as a remark plugin, inside `astro build` (src/lib/remark-content.ts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Program } from 'estree';

export interface BodyProblem {
  /** "body (line 12)": where an editor looks. */
  field: string;
  message: string;
  /** Line in the file (the checker and the build both keep frontmatter lines, so these match the editor's file). */
  line: number;
}

/**
 * Raw HTML elements a body may use, each with the attributes it may carry.
 * Kept short on purpose: each is inline text markup Markdown cannot express,
 * cannot load anything or run anything, and renders accessibly with no CSS.
 *  - abbr (title required): expands an abbreviation (SMD, RCT) for readers and screen readers.
 *  - sub, sup: scientific notation such as I², R₂ or 10⁻³ when Unicode has no character.
 *  - br: a line break inside a GFM table cell, which Markdown cannot write.
 * No element takes style, class, id or any event handler: the site's stylesheet sets the look.
 */
export const allowedElements: Readonly<Record<string, { attributes: readonly string[]; required?: readonly string[]; empty?: boolean }>> = {
  abbr: { attributes: ['title'], required: ['title'] },
  sub: { attributes: [] },
  sup: { attributes: [] },
  br: { attributes: [], empty: true },
};

/**
 * The site's own components a body may use, and the attributes each takes.
 * Their implementations are passed to <Content components={...}> in
 * src/components/EntryBody.astro, so a body never imports them.
 */
export const allowedComponents: Readonly<Record<string, { attributes: readonly string[]; what: string }>> = {
  OurReading: { attributes: [], what: 'marks a sentence as our reading rather than a source’s claim' },
};

/** URL schemes a link may use; anything else (javascript:, data:, vbscript:, file: …) is refused. */
const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** The parser @astrojs/mdx uses for .mdx files, with GFM as astro.config.mjs configures it. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export class MdxSyntaxError extends Error {
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(reason);
    this.line = line;
    this.reason = reason;
  }
}

/** Parse a body into its mdast tree, throwing MdxSyntaxError (with a line) if MDX cannot read it. */
export function parseBody(body: string): Root {
  try {
    return parser.parse(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? 1;
    throw new MdxSyntaxError(line, (e.reason ?? e.message).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, ''));
  }
}

/** Check a body's text; `firstLine` is the file line the body starts on, when the body was cut out of its file. */
export function checkMdxBody(body: string, { firstLine = 1 }: { firstLine?: number } = {}): BodyProblem[] {
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    const line = error.line + firstLine - 1;
    return [
      problem(
        line,
        `cannot be read as MDX: ${error.reason}. In a body, "<" starts a tag and "{" starts code: to write the character itself, put a backslash before it (\\< or \\{); tags must be closed, e.g. <br />`,
      ),
    ];
  }
  return checkMdxTree(tree, { firstLine });
}

function problem(line: number, message: string): BodyProblem {
  return { field: `body (line ${line})`, message, line };
}

const tagOf = (name: string) => `<${name}>`;

/** Check an already-parsed tree (the build's remark plugin passes its own). */
export function checkMdxTree(tree: Root, { firstLine = 1 }: { firstLine?: number } = {}): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => (node.position?.start.line ?? 1) + firstLine - 1;
  const add = (node: { position?: { start: { line: number } } | undefined }, message: string) => problems.push(problem(lineOf(node), message));
  // An image by reference (![chart][r]) takes its address from the definition [r]: …, so the image rule applies there too.
  const definitions = new Map<string, string>();
  const collect = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) collect(child as Nodes);
  };
  collect(tree);

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'root':
      case 'paragraph':
      case 'blockquote':
      case 'list':
      case 'listItem':
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'table':
      case 'tableRow':
      case 'tableCell':
      case 'footnoteDefinition':
      case 'linkReference':
      case 'text':
      case 'inlineCode':
      case 'code':
      case 'break':
      case 'thematicBreak':
      case 'footnoteReference':
        break;
      case 'heading':
        if (node.depth === 1) add(node, 'a heading with one # is a page title, and the page already has its title: start headings in a body at ## (level 2)');
        break;
      case 'link':
      case 'definition': {
        const refused = refusedUrl(node.url);
        if (refused) add(node, `the link "${node.url}" is not allowed: ${refused}`);
        break;
      }
      case 'image':
      case 'imageReference': {
        if (!node.alt?.trim()) add(node, 'an image needs a text alternative for readers who cannot see it: write it between the brackets, ![what the image shows](/images/file.png)');
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
        if (url !== undefined) {
          const refused = refusedUrl(url) ?? (isOnThisSite(url) ? undefined : 'an image must be a file on this site, written from the site root (e.g. /images/figure.png): an image from another site would tell that site who reads the page');
          if (refused) add(node, `the image "${url}" is not allowed: ${refused}`);
        }
        break;
      }
      case 'mdxjsEsm': {
        // One node can hold several statements; report each on its own line.
        const statements = (node.data?.estree as Program | undefined)?.body ?? [];
        if (statements.length === 0) add(node, importExportMessage(node.value));
        for (const s of statements) {
          problems.push(problem((s.loc?.start.line ?? lineOf(node)) + (s.loc ? firstLine - 1 : 0), importExportMessage(s.type.startsWith('Import') ? 'import' : 'export')));
        }
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // {/* a note to other editors */} holds no code and compiles to nothing: allowed.
        const program = node.data?.estree as Program | undefined;
        if (!program || program.body.length > 0) {
          add(node, `{${shorten(node.value)}} is JavaScript, which a body cannot contain: curly braces run code. Remove them; to write a brace itself, put a backslash before it: \\{`);
        }
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        break;
      case 'html':
        // Only in .md files (MDX has no raw HTML node): the same rule as for tags.
        add(node, `raw HTML ${shorten(node.value)} is not allowed in content: use Markdown, or ask a maintainer to add a component`);
        return;
      default:
        add(node, `"${node.type}" is not allowed in content: use Markdown (paragraphs, headings, lists, tables, links, emphasis, footnotes)`);
        return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return problems.sort((a, b) => a.line - b.line);
}

function importExportMessage(what: string): string {
  const word = what.trimStart().startsWith('import') ? 'import' : 'export';
  return word === 'import'
    ? '"import" is not allowed in content: a body cannot load code or files. Remove the line; the site’s components (<OurReading>) need no import, and for anything else ask a maintainer to add a component'
    : '"export" is not allowed in content: a body cannot define code. Remove the line; put facts in the frontmatter fields instead';
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, add: (node: { position?: { start: { line: number } } | undefined }, message: string) => void) {
  const name = node.name;
  if (name === null) {
    add(node, 'an empty tag <>…</> is not allowed in content: remove the <> and </>');
    return;
  }
  const isComponent = (/^[A-Z]/.test(name) || name.includes('.') || name.includes(':'));
  const rule = isComponent ? allowedComponents[name] : allowedElements[name];
  if (!rule) {
    const components = Object.keys(allowedComponents).map((c) => `<${c}>`).join(', ');
    add(
      node,
      isComponent
        ? `there is no component ${tagOf(name)} for content (the ones a body may use: ${components}): use Markdown, or ask a maintainer to add a component`
        : `raw HTML ${tagOf(name)} is not allowed in content: use Markdown, or ask a maintainer to add a component (allowed tags: ${Object.keys(allowedElements).map((e) => `<${e}>`).join(', ')})`,
    );
    return;
  }
  const present = new Set<string>();
  for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    const at = attribute.position ? attribute : node;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(at, `{${shorten(attribute.value)}} in ${tagOf(name)} is JavaScript, which a body cannot contain: remove it`);
      continue;
    }
    const attr = attribute.name;
    present.add(attr);
    const allowed = rule.attributes;
    const allowedWords = allowed.length === 0 ? `${tagOf(name)} takes no attributes` : `${tagOf(name)} takes only ${allowed.join(', ')}`;
    if (/^on/i.test(attr)) add(at, `the event handler ${attr} on ${tagOf(name)} is not allowed: content cannot run scripts. Remove it (${allowedWords})`);
    else if (attr.toLowerCase() === 'style') add(at, `style on ${tagOf(name)} is not allowed: the site’s stylesheet sets how things look. Remove it (${allowedWords})`);
    else if (!allowed.includes(attr)) add(at, `the attribute ${attr} on ${tagOf(name)} is not allowed: ${allowedWords}`);
    else if (attribute.value !== null && typeof attribute.value === 'object') {
      add(at, `${attr}={…} on ${tagOf(name)} is JavaScript, which a body cannot contain: write the text in quotes, ${attr}="…"`);
    } else if (typeof attribute.value !== 'string' || attribute.value.trim() === '') add(at, `${attr} on ${tagOf(name)} needs some text in quotes, ${attr}="…"`);
  }
  const required = 'required' in rule ? (rule.required ?? []) : [];
  for (const attr of required) if (!present.has(attr)) add(node, `${tagOf(name)} needs ${attr}="…" (e.g. <abbr title="standardised mean difference">SMD</abbr>)`);
  if ('empty' in rule && rule.empty && node.children.length > 0) add(node, `${tagOf(name)} holds no text: write it as <${name} />`);
  if (isComponent && node.children.length === 0) add(node, `${tagOf(name)} needs the sentence it marks between <${name}> and </${name}>`);
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}

/** Undo the encodings a browser would undo (character references, %XX) and drop what it ignores (white space, control and invisible characters). */
export function normaliseUrl(url: string): string {
  let current = url;
  // Repeat, so double encodings (&#x25;6A …) are seen through too; a few rounds are plenty.
  for (let round = 0; round < 5; round++) {
    const next = current
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeCodePoint(Number.parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, dec: string) => safeCodePoint(Number.parseInt(dec, 10)))
      .replace(/&([a-z][a-z0-9]*);?/gi, (whole, name: string) => {
        const decoded = decodeNamedCharacterReference(name);
        return decoded === false ? whole : decoded;
      })
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      .replace(/[\s\p{Cc}\p{Cf}]/gu, '');
    if (next === current) break;
    current = next;
  }
  return current;
}

function safeCodePoint(n: number): string {
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** The scheme a browser would see in a URL (lower-case), or undefined for a relative link. */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(normaliseUrl(url))?.[1]!.toLowerCase();
}

/** Why a link, image or definition URL is refused, or undefined if its scheme is allowed. */
export function refusedUrl(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || allowedSchemes.has(scheme)) return undefined;
  return `a link may only be a web address (https://…), an e-mail address (mailto:…) or a page on this site (/interventions/cos-p/), and "${scheme}:" is none of these`;
}

/** A root-relative path on this site (not //host, which is another site). */
export function isOnThisSite(url: string): boolean {
  const clean = normaliseUrl(url);
  return clean.startsWith('/') && !clean.startsWith('//') && !clean.startsWith('/\\');
}
