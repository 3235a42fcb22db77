/**
 * Forest plots made at build time, in four steps, each pure:
 *   1. panels   – which plots a page shows and their rows (effectPanels, reviewPanels, studyPanel);
 *   2. layout   – geometry: axis, markers, whiskers, diamond, text (layoutForest);
 *   3. svg      – the layout as an SVG string (forestSvg);
 *   4. table    – the same numbers for a real <table> (forestTable).
 * The layout carries the words for <desc> (describe.ts); comparabilityStatement(), poolingStatement() and legendFor() give the caption's.
 */
export { axisFamily } from './family.ts';
export type { ForestPanel } from './types.ts';
export { orientationOf } from './orient.ts';
export { buildAxis } from './scale.ts';
export { ciFromReportedP, rowFromEffect, Z_TEST_ASSUMPTION } from './rows.ts';
export { studyPanel } from './study.ts';
export { effectPanels, reviewPanels } from './panels.ts';
export type { ForestLayout, RowLayout } from './layout.ts';
export { layoutForest } from './layout.ts';
export { forestSvg } from './svg.ts';
export { comparabilityStatement, panelAxisTitle, poolingStatement } from './describe.ts';
export { legendFor } from './legend.ts';
export { forestTable } from './table.ts';
