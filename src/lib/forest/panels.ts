/**
 * Which plots a page shows. One panel per family of metrics (like with like
 * on each axis) and per better-direction: rows where lower is better get a
 * panel of their own, with its own favours labels, so every number is drawn
 * as reported. Rows are labelled for the page they are on; never pooled
 * across reviews. A finding without a number joins the panel that holds a
 * number for the same outcome on that page, else the page's first panel, so
 * it is shown with its stated direction rather than dropped; a page with no
 * number at all gets no plot (its table states every finding in words).
 */
import type { EffectRecord, Entry, Site } from '../model.ts';
import { paths } from '../model.ts';
import type { Review } from '../../schemas/review.ts';
import { axisFamily, compareFamilies, type AxisFamily } from './family.ts';
import { panelAxisTitle, panelMeasure } from './describe.ts';
import { rowFromEffect } from './rows.ts';
import { studyPanel } from './study.ts';
import type { BetterWhen, ForestPanel, ForestRow } from './types.ts';
import { interventionLabel } from '../labels.ts';

export type PageContext = 'review' | 'intervention' | 'outcome';

const ROW_HEADINGS: Record<PageContext, string> = {
  review: 'Outcome',
  intervention: 'Review or trial, outcome',
  outcome: 'Intervention, review or trial',
};

export interface PanelOptions {
  /** The site's base path ("" at the root), prefixed to row links. */
  readonly base: string;
  /** What the plots show, for their titles: "effects reported by Yaholkoski et al. 2016". */
  readonly subject: string;
}

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

function labelsFor(record: EffectRecord, site: Site, context: PageContext, base: string) {
  const { review, effect } = record;
  const outcome = site.outcome(effect.outcome.id).data.name;
  const measure = effect.measure ? `measure: ${effect.measure}` : undefined;
  const interventions = effect.interventions.map((i) => interventionLabel(site.intervention(i.id).data)).join(', ');
  const key = `${review.id}--${effect.id}`;
  const href = `${base}${paths.effect(review.id, effect.id)}`;
  switch (context) {
    case 'review':
      return { key, label: outcome, sublabel: join(measure, effect.timepoint, effect.comparison && `vs ${effect.comparison}`), href };
    case 'intervention':
      return { key, label: review.data.title, sublabel: join(outcome, measure, effect.timepoint), href };
    case 'outcome':
      return { key, label: interventions, sublabel: join(review.data.title, measure, effect.timepoint), href };
  }
}

function safeKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const BETTER_ORDER: readonly (BetterWhen | undefined)[] = ['higher', 'lower', undefined];

/** The plots for a list of reported effects (a review's, an intervention's or an outcome's). */
export function effectPanels(records: readonly EffectRecord[], site: Site, context: PageContext, options: PanelOptions): ForestPanel[] {
  return withOtherMeasures(panelsFor(records, site, context, options));
}

function panelsFor(records: readonly EffectRecord[], site: Site, context: PageContext, options: PanelOptions): ForestPanel[] {
  const ordered = context === 'outcome'
    ? [...records].sort((a, b) => labelsFor(a, site, context, '').label.localeCompare(labelsFor(b, site, context, '').label, 'en-GB'))
    : records;
  const groups = new Map<string, { family: AxisFamily; betterWhen: BetterWhen | undefined; records: EffectRecord[] }>();
  const wordsOnly: EffectRecord[] = [];
  for (const record of ordered) {
    const { metric, estimate, measure, betterWhen } = record.effect;
    if (metric === undefined || estimate === undefined) {
      wordsOnly.push(record);
      continue;
    }
    const family = axisFamily(metric, measure);
    const key = `${family.key}|${betterWhen ?? ''}`;
    const group = groups.get(key) ?? { family, betterWhen, records: [] };
    group.records.push(record);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => compareFamilies(a.family, b.family) || BETTER_ORDER.indexOf(a.betterWhen) - BETTER_ORDER.indexOf(b.betterWhen));
  if (sorted.length === 0) return [];
  for (const record of wordsOnly) {
    const home = sorted.find((g) => g.records.some((r) => r.effect.outcome.id === record.effect.outcome.id)) ?? sorted[0]!;
    home.records.push(record);
  }
  // A family drawn in two panels (higher-better and lower-better) names the direction in each panel's key and title.
  const split = (family: AxisFamily) => sorted.filter((g) => g.family.key === family.key).length > 1;
  const panels = sorted.map(({ family, betterWhen, records: members }) => {
    // A review's own table keeps the order its data gives. Across reviews (intervention
    // and outcome pages) numbers come first, since that is what readers scan for;
    // findings reported only in words follow, each group in the page's order.
    // (Every plot draws its findings without a number below the axis: layout.ts.)
    const inPageOrder = ordered.filter((r) => members.includes(r));
    const hasNumber = (r: EffectRecord) => r.effect.metric !== undefined && r.effect.estimate !== undefined;
    const inOrder = context === 'review' ? inPageOrder : [...inPageOrder.filter(hasNumber), ...inPageOrder.filter((r) => !hasNumber(r))];
    const rows: ForestRow[] = inOrder.map((r) => rowFromEffect(r.effect, labelsFor(r, site, context, options.base)));
    const named = split(family) && betterWhen !== undefined;
    const panel: ForestPanel = {
      key: `${context}-${safeKey(family.key)}${named ? `-${betterWhen}-better` : ''}`,
      family,
      title: '',
      rowHeading: ROW_HEADINGS[context],
      rows,
      reviewCount: new Set(inOrder.map((r) => r.review.id)).size,
    };
    return { ...panel, title: `Forest plot of ${options.subject}: ${panelAxisTitle(panel)}${named ? `, ${betterWhen} is better` : ''}` };
  });
  return panels;
}

/**
 * Each panel told the measures of the page's other panels that it cannot be
 * compared with: those of another family (or, for raw mean differences,
 * another instrument). Panels of one family split by direction share a measure.
 */
function withOtherMeasures(panels: readonly ForestPanel[]): ForestPanel[] {
  return panels.map((panel) => {
    const others = [...new Set(panels.filter((p) => p.family.key !== panel.family.key).map(panelMeasure))];
    return others.length > 0 ? { ...panel, otherMeasures: others } : panel;
  });
}

/** A review's plots: study-level ones with their pooled diamond where the content gives study rows, then one row per reported effect. */
export function reviewPanels(review: Entry<Review>, site: Site, options: PanelOptions): ForestPanel[] {
  const studyLevel = (review.data.studyRows ?? []).map((rows, i) => {
    const effect = rows.effect === undefined ? undefined : review.data.effects.find((e) => e.id === rows.effect);
    const outcome = site.outcome(rows.outcome.id).data.name;
    return studyPanel(review.data, rows, {
      key: `studies-${i + 1}`,
      title: `Forest plot of the studies ${review.data.title} pooled for ${outcome.toLowerCase()}${effect?.timepoint ? ` (${effect.timepoint})` : ''}`,
    });
  });
  const records = site.effectsForReview(review.id);
  return withOtherMeasures([...studyLevel, ...panelsFor(records, site, 'review', options)]);
}
