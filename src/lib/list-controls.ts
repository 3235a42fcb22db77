/**
 * The data attributes that filtering and sorting read, defined once for the
 * templates that write them and src/client/enhance.ts that reads them, so a
 * renamed filter cannot silently stop working. Pure: no DOM.
 *
 *   <form data-filters="#target" hidden> checkboxes name=X, optional select name=sort
 *   [data-filter-item data-facet-X="a b"]  hidden unless one of its values is ticked (when any X is ticked)
 *   [data-sortable] > [data-sort-KEY="…"]  children reordered by the chosen key, in the option's data-order
 */
// No imports: the browser bundle carries this module, and nothing else with it.

export const listAttributes = {
  form: 'data-filters',
  item: 'data-filter-item',
  /** Items counted in "Showing 3 of 22" (the map's columns are filtered but not counted). */
  counted: 'data-filter-count',
  hidden: 'data-filter-hidden',
  status: 'data-filter-status',
  sortable: 'data-sortable',
  /** On a sort <option>: "ascending" (the default) or "descending". */
  order: 'data-order',
} as const;

/** The attribute holding an item's values for the filter named `name` (the checkboxes' name). */
export const facetAttribute = (name: string) => `data-facet-${name}`;
/** The attribute holding an item's value for the sort key `key` (the sort option's value). */
export const sortAttribute = (key: string) => `data-sort-${key}`;

export type SortOrder = 'ascending' | 'descending';

/**
 * How two items compare under a sort: numbers as numbers, words in en-GB
 * order, empty values last either way. Used by enhance.ts; tested here.
 */
export function compareSortValues(x: string, y: string, order: SortOrder = 'ascending'): number {
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
  const [nx, ny] = [Number(x), Number(y)];
  const ascending = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y, 'en-GB');
  return order === 'descending' ? -ascending : ascending;
}
