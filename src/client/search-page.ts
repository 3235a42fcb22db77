/**
 * /search/: Pagefind is loaded only here, and only once a reader searches
 * (or arrives with a shared link). Query and filters live in the URL, so a
 * search can be shared and the back button works.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: { baseUrl?: string }): Promise<void>;
  search(q: string | null, o: { filters: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

declare global {
  interface Window {
    /** Defined inline on /search/: a dynamic import the bundler never rewrites. */
    importPagefind(url: string): Promise<Pagefind>;
  }
}

import { searchWords } from '../lib/search-query.ts';

const pageSize = 20;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filterCount = form.querySelector<HTMLElement>('[data-filter-count]');
  /** The folded filters say how many are on, so a reader knows the results are narrowed. */
  const showFilterCount = () => {
    const on = form.querySelectorAll('input[type="checkbox"]:checked').length;
    if (filterCount) filterCount.textContent = on === 0 ? '(none on)' : `(${on} on)`;
    return on;
  };
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = () => (pagefind ??= window.importPagefind(`${base}pagefind/pagefind.js`).then(async (pf) => {
    await pf.options({ baseUrl: base });
    return pf;
  }));

  const state = () => {
    const data = new FormData(form);
    const filters: Record<string, { any: string[] }> = {};
    for (const [name, value] of data) {
      if (name === 'q' || typeof value !== 'string') continue;
      (filters[name] ??= { any: [] }).any.push(value);
    }
    return { q: String(data.get('q') ?? '').trim(), filters };
  };

  const restore = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
    showFilterCount();
  };

  const run = async () => {
    const { q, filters } = state();
    showFilterCount();
    const words = searchWords(q);
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    if (!q) params.delete('q');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    const ticket = ++latest;
    if (!q && Object.keys(filters).length === 0) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = 'Searching…';
    const pf = await load();
    const search = await pf.search(words.query || null, { filters });
    const shown = await Promise.all(search.results.slice(0, pageSize).map((r) => r.data()));
    if (ticket !== latest) return; // a newer search has started
    const total = search.results.length;
    const on = showFilterCount();
    const what = words.query ? ` “${words.query}”` : '';
    const leftOut = words.leftOut.length > 0 ? ` (left out: ${words.leftOut.join(', ')})` : '';
    const narrowed = on > 0 ? ` with ${on} ${on === 1 ? 'filter' : 'filters'} on` : '';
    status.textContent = total === 0
      ? `No pages match${what}${narrowed}${leftOut}. Try fewer or different words${on > 0 ? ', or turn filters off' : ''}.`
      : `${total} ${total === 1 ? 'page matches' : 'pages match'}${what}${narrowed}${leftOut}${total > pageSize ? `; showing the first ${pageSize}` : ''}.`;
    list.replaceChildren(...shown.map(renderResult));
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  restore();
  if (location.search) void run();
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const heading = document.createElement('h2');
  heading.className = 'result-title';
  heading.append(link);
  if (data.meta.type) {
    const type = document.createElement('span');
    type.className = 'type';
    type.textContent = data.meta.type;
    heading.append(type);
  }
  const summary = document.createElement('p');
  summary.textContent = data.meta.summary ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'muted';
  // Pagefind's excerpt is escaped text with <mark> around matches; keep only those marks.
  excerpt.innerHTML = data.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
  li.append(heading, summary, excerpt);
  return li;
}
