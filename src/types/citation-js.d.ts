// citation-js ships no types: the little of its API the site uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object | object[]);
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
    format(format: 'bibtex' | 'ris', options?: { format?: 'text' }): string;
  }
}
declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-ris' {}
declare module '@citation-js/plugin-csl' {}
