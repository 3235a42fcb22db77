/**
 * The one enhancement module reading pages carry. Everything works without
 * it: the header's Search link simply goes to /search/. With it, the link
 * (or "/" or Ctrl+K) opens a search box in a dialog; Escape closes it and
 * focus returns where it was.
 */
import { compareSortValues, facetAttribute, listAttributes, sortAttribute, type SortOrder } from '../lib/list-controls.ts';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const opener = document.querySelector<HTMLAnchorElement>('[data-search-opener]');

if (dialog && opener && typeof dialog.showModal === 'function') {
  let returnFocus: HTMLElement | null = null;
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;

  const open = () => {
    if (dialog.open) return;
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : opener;
    dialog.showModal();
    input.focus();
  };
  dialog.addEventListener('close', () => {
    returnFocus?.focus();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the form) closes, as readers expect of a modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  opener.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      open();
    }
  });
}

/**
 * Filters and sorting for lists and tables marked up with the data attributes
 * named in src/lib/list-controls.ts (interventions index, evidence map). The
 * form carries data-needs-script: laid out from the first paint where scripting
 * is on (so nothing shifts when this arrives), absent where it is off, so
 * without JavaScript readers simply see everything. Choices live in the URL.
 */
for (const form of document.querySelectorAll<HTMLFormElement>(`form[${listAttributes.form}]`)) {
  const target = document.querySelector(form.getAttribute(listAttributes.form)!);
  if (!target) continue;
  const items = [...target.querySelectorAll<HTMLElement>(`[${listAttributes.item}]`)];
  const status = form.querySelector<HTMLElement>(`[${listAttributes.status}]`);
  const names = [...new Set([...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => b.name))];
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]');

  const params = new URLSearchParams(location.search);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = params.getAll(box.name).includes(box.value);
  if (sort && params.get('sort')) sort.value = params.get('sort')!;

  const apply = () => {
    const chosen = new Map(names.map((n) => [n, new Set([...form.querySelectorAll<HTMLInputElement>(`input[name="${n}"]:checked`)].map((b) => b.value))]));
    let shown = 0;
    let counted = 0;
    for (const item of items) {
      const visible = [...chosen].every(([name, values]) => {
        const own = item.getAttribute(facetAttribute(name));
        return values.size === 0 || own === null || own.split(' ').some((v) => values.has(v));
      });
      item.toggleAttribute(listAttributes.hidden, !visible);
      if (item.hasAttribute(listAttributes.counted)) {
        counted++;
        if (visible) shown++;
      }
    }
    if (sort) {
      const attribute = sortAttribute(sort.value);
      const order = (sort.selectedOptions[0]?.getAttribute(listAttributes.order) ?? 'ascending') as SortOrder;
      for (const list of target.querySelectorAll<HTMLElement>(`[${listAttributes.sortable}]`)) {
        const children = [...list.children] as HTMLElement[];
        children.sort((a, b) => compareSortValues(a.getAttribute(attribute) ?? '', b.getAttribute(attribute) ?? '', order));
        list.append(...children);
      }
    }
    const active = [...chosen.values()].reduce((n, v) => n + v.size, 0);
    if (status && counted > 0) status.textContent = `Showing ${shown} of ${counted}${active > 0 ? ` (${active} ${active === 1 ? 'filter' : 'filters'} on)` : ''}.`;
    const next = new URLSearchParams(location.search);
    for (const n of [...names, 'sort']) next.delete(n);
    for (const [name, values] of chosen) for (const v of values) next.append(name, v);
    if (sort && sort.value !== sort.options[0]?.value) next.set('sort', sort.value);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}${location.hash}`);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}

/** /compare/: the two pickers go straight to the pair's page (one page per unordered pair). */
const compare = document.querySelector<HTMLFormElement>('form[data-compare]');
if (compare) {
  const [a, b] = ['a', 'b'].map((n) => compare.querySelector<HTMLSelectElement>(`select[name="${n}"]`)!);
  const submit = compare.querySelector<HTMLButtonElement>('[data-compare-submit]')!;
  const preset = new URLSearchParams(location.search).get('a');
  if (preset && [...a!.options].some((o) => o.value === preset)) {
    a!.value = preset;
    if (b!.value === preset) b!.selectedIndex = a!.selectedIndex === 0 ? 1 : 0;
  }
  const sync = () => {
    submit.disabled = a!.value === b!.value;
  };
  compare.addEventListener('change', sync);
  compare.addEventListener('submit', (event) => {
    event.preventDefault();
    if (a!.value === b!.value) return;
    const [x, y] = [a!.value, b!.value].sort();
    location.assign(`${compare.dataset.compare}${x}-vs-${y}/`);
  });
  sync();
}

/**
 * "Cite this page": the reader's date of access, in the form APA gives it
 * (citation-js writes the rest at build time). Without JavaScript the
 * placeholder "[date accessed]" stays; the built page never carries a date.
 */
const accessed = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).format(new Date());
for (const slot of document.querySelectorAll<HTMLElement>('[data-date-accessed]')) slot.textContent = accessed;
