/**
 * Forest plots made at build time, in four steps, each pure:
 *   1. panels   – which plots a page shows and their rows (effectPanels, reviewPanels, studyPanel);
 *   2. layout   – geometry: axis, markers, whiskers, diamond, text (layoutForest);
 *   3. svg      – the layout as an SVG string (forestSvg);
 *   4. table    – the same numbers for a real <table> (forestTable).
 * describePanel() and poolingStatement() give the words for <desc> and the caption.
 */
export type { AxisFamily, AxisKind } from './family.ts';
export { axisFamily, axisTitle, compareFamilies, isLogAxis, nullValueOf, valueHeading } from './family.ts';
export type { BetterWhen, DerivationNote, ForestPanel, ForestRow, ForestSummary } from './types.ts';
export type { Orientation, ShownValues } from './orient.ts';
export { orientationOf, shownValues } from './orient.ts';
export type { Axis } from './scale.ts';
export { buildAxis, clampToAxis, round2 } from './scale.ts';
export type { CiFromP, RowLabels } from './rows.ts';
export { ciFromReportedP, reportedText, rowFromEffect } from './rows.ts';
export type { StudyPanelOptions } from './study.ts';
export { studyPanel } from './study.ts';
export type { PageContext, PanelOptions } from './panels.ts';
export { effectPanels, reviewPanels } from './panels.ts';
export type { ForestLayout, LayoutOptions, Marker, RowLayout, SummaryLayout, TextLine, TextRole, Variant, Whisker } from './layout.ts';
export { layoutForest } from './layout.ts';
export { forestSvg } from './svg.ts';
export { describePanel, panelAxisTitle, poolingStatement } from './describe.ts';
export { legendFor } from './legend.ts';
export type { ForestTable, ForestTableRow } from './table.ts';
export { forestTable } from './table.ts';
