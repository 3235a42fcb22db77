/**
 * Every address the site has published stays valid. `published-urls.txt`
 * (project root) lists them, one site path per line; the build refuses to
 * publish a site where a listed address leads nowhere, so a renamed page must
 * leave a redirect behind (an alias naming its former address).
 * `npm run record-urls` adds new addresses; nothing ever removes one.
 */

/** The listed site paths, in file order; blank lines and # comments skipped. */
export function parsePublishedUrls(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * The site path a built file is published at, or undefined for files that are
 * machinery rather than addresses (bundles, the search index, the 404 page, host config).
 * `file` is relative to the build folder with forward slashes.
 */
export function publishedPathOf(file: string): string | undefined {
  if (/^(_astro|pagefind)\//.test(file) || file === '404.html' || /^_|^CNAME$/.test(file)) return undefined;
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  if (/\.(xml|csv|json|bib|ris|txt)$/.test(file)) return `/${file}`;
  return undefined;
}

/** The build file that serves a site path: /x/ → x/index.html, /feed.xml → feed.xml. */
export function fileForPath(path: string): string {
  const clean = path.replace(/^\//, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** Listed addresses the build has no file for (page, redirect page or download), in list order. */
export function unresolvedUrls(listed: readonly string[], builtFiles: ReadonlySet<string>): string[] {
  return listed.filter((path) => !builtFiles.has(fileForPath(path)));
}

/** Addresses the build publishes that the list does not hold yet, sorted. */
export function unlistedUrls(listed: readonly string[], builtFiles: Iterable<string>): string[] {
  const known = new Set(listed);
  return [...builtFiles].flatMap((f) => publishedPathOf(f) ?? []).filter((p) => !known.has(p)).sort();
}

/** Why a build stops, for whoever renamed something. */
export function unresolvedMessage(unresolved: readonly string[]): string {
  return (
    `${unresolved.length} published address${unresolved.length === 1 ? '' : 'es'} (listed in published-urls.txt) no longer lead${unresolved.length === 1 ? 's' : ''} anywhere:\n` +
    unresolved.map((u) => `  ${u}`).join('\n') +
    '\nPeople have these on slides and in bookmarks. If a page was renamed, add its former address to "aliases" in its file, e.g. aliases: ["interventions/old-id"]'
  );
}
