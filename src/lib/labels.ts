/** Words readers see for the site's coded values: one place, so every page says the same thing. */
import type { Source } from '../schemas/source.ts';
import type { DesignType } from '../schemas/review.ts';
import type { Metric, StatedDirection } from '../schemas/effect.ts';
import { ratingSchemes, type RatingScheme } from '../schemas/intervention.ts';
import { evidenceKind, type Citation } from '../schemas/common.ts';
import { formatPartialDate } from './format.ts';

export const designLabels: Record<DesignType, string> = {
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Systematic review',
  'review-of-reviews': 'Review of reviews',
  rct: 'Randomised controlled trial',
  survey: 'Survey and evidence review',
  'evidence-ratings': 'Programme evidence ratings',
};

/** Headings for lists of several of one design. */
export const designPluralLabels: Record<DesignType, string> = {
  'meta-analysis': 'Meta-analyses',
  'systematic-review': 'Systematic reviews',
  'review-of-reviews': 'Reviews of reviews',
  rct: 'Randomised controlled trials',
  survey: 'Surveys and evidence reviews',
  'evidence-ratings': 'Programme evidence ratings',
};

export const formatLabels = {
  group: 'Group',
  individual: 'Individual',
  dyadic: 'Parent and child together',
  'home-visiting': 'Home visiting',
  online: 'Online',
} as const;

export const ageBandLabels = {
  '0-12-months': '0–12 months',
  '1-2-years': '1–2 years',
  '3-5-years': '3–5 years',
  '6-13-years': '6–13 years',
} as const;

export const domainLabels = { parent: 'Parent', child: 'Child', relationship: 'Parent–child relationship' } as const;

/** What kind of document a source is, as the source list names it. */
export const sourceKindLabels: Record<Source['kind'], string> = {
  'journal-article': 'Journal article', 'cochrane-review': 'Cochrane review', report: 'Report',
  'plain-language-summary': 'Plain-language summary', 'registry-record': 'Trial registry record', blog: 'Blog',
  slides: 'Conference slides', 'provider-page': 'Provider web page', book: 'Book',
};

export const kindLabels = { programme: 'Named programme', approach: 'Approach', class: 'Group of interventions pooled by reviews' } as const;

/** Directions are written out in words (and styled), never shown by colour alone. */
export const directionLabels: Record<StatedDirection | 'unclear', string> = {
  benefit: 'Favours the intervention',
  'no-difference': 'No clear difference',
  harm: 'Favours the comparison',
  mixed: 'Mixed',
  unclear: 'Unclear',
};

export const metricLabels: Record<Metric, string> = {
  d: "Cohen's d",
  g: "Hedges' g",
  SMD: 'Standardised mean difference',
  ES: 'Effect size (type not stated)',
  MD: 'Mean difference',
  OR: 'Odds ratio',
  RR: 'Risk ratio',
  r: 'Correlation r',
};

export function schemeName(scheme: RatingScheme): string {
  return ratingSchemes[scheme].name;
}

const levelWords: Record<string, string> = {
  strongest: 'Strongest evidence base',
  intermediate: 'Intermediate evidence base',
  weak: 'Weak evidence base',
  established: 'Established evidence',
  initial: 'Initial evidence',
  'no-effect': 'No effect',
};
export function levelLabel(level: string): string {
  return levelWords[level] ?? level;
}

/** A short name for citing a source inline: "Yaholkoski et al. 2016", "Be Part of Research 2025". */
export function citeLabel(source: Source): string {
  const year = source.date?.slice(0, 4);
  const authors = source.authors?.filter((a) => a !== 'et al.' && a !== 'and others') ?? [];
  let who: string;
  if (authors.length > 0) {
    const surname = (a: string) => a.split(',')[0]!.trim();
    who = authors.length === 1 && (source.authors?.length ?? 0) === 1 ? surname(authors[0]!)
      : authors.length === 2 && source.authors!.length === 2 ? `${surname(authors[0]!)} & ${surname(authors[1]!)}`
      : `${surname(authors[0]!)} et al.`;
  } else {
    who = source.label ?? source.publisher ?? source.title;
  }
  return year ? `${who} ${year}` : who;
}

/**
 * How a piece of evidence is labelled on the page, so our records are never
 * shown as an author's words: "Quote", "Quote, checked by …", "Our record".
 */
export function evidenceLabel(c: Pick<Citation, 'quote' | 'record' | 'signedOff'>, source: Source): { summary: string; note?: string } {
  const who = citeLabel(source);
  switch (evidenceKind(c)) {
    case 'record':
      return {
        summary: 'Our record',
        note: `Our record of what ${source.recordedFrom ?? 'the publication'} of ${who} reports, in our own condensed words: not the authors' words.`,
      };
    case 'signed-off quote':
      return { summary: 'Quote', note: `Checked against the publication by ${c.signedOff!.by} on ${formatPartialDate(c.signedOff!.date)}.` };
    case 'quote':
      return { summary: 'Quote' };
  }
}

/** The name an intervention goes by in tables, lists and titles: its short name (COS-P, VIPP-SD) where it has one. */
export function interventionLabel(intervention: { name: string; shortName?: string | undefined }): string {
  return intervention.shortName ?? intervention.name;
}
