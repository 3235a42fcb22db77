/**
 * Reads a meta-analysis from untyped data (parsed JSON): the measure, the
 * method and one object per study in any of the accepted shapes, with errors
 * that name the study and the field.
 */
import { show } from './checks.ts';
import { MetaInputError } from './errors.ts';
import { MEASURES, METHODS, SHAPE_MEASURES, type Measure, type Method, type StudyInput } from './types.ts';

export interface MetaAnalysisInput {
  readonly measure: Measure;
  readonly method: Method;
  readonly studies: readonly StudyInput[];
}

interface Shape {
  readonly description: string;
  readonly fields: readonly string[];
  /** Fields that only this shape has, by which a study's shape is recognised. */
  readonly markers: readonly string[];
  /** The measures this shape can give; all of them when absent. */
  readonly measures?: readonly Measure[];
}

type ShapeName = 'means' | 'counts' | 'correlation' | 'ci' | 'variance' | 'se';

const SHAPES: Readonly<Record<ShapeName, Shape>> = {
  means: { description: 'means and SDs', fields: ['m1', 'sd1', 'n1', 'm2', 'sd2', 'n2'], markers: ['m1', 'sd1', 'm2', 'sd2'], measures: SHAPE_MEASURES.means },
  counts: { description: 'events and totals', fields: ['events1', 'n1', 'events2', 'n2'], markers: ['events1', 'events2'], measures: SHAPE_MEASURES.counts },
  correlation: { description: 'a correlation', fields: ['r', 'n'], markers: ['r', 'n'], measures: SHAPE_MEASURES.correlation },
  ci: { description: 'an estimate with its 95% CI', fields: ['estimate', 'ciLow', 'ciHigh'], markers: ['estimate', 'ciLow', 'ciHigh'] },
  variance: { description: 'an effect with its variance', fields: ['yi', 'vi'], markers: ['vi'] },
  se: { description: 'an effect with its SE', fields: ['yi', 'sei'], markers: ['sei'] },
};

const NATIVE_SHAPE: Record<Measure, ShapeName> = {
  SMD: 'means',
  MD: 'means',
  OR: 'counts',
  RR: 'counts',
  ZCOR: 'correlation',
  GEN: 'variance',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseMeasure(value: unknown): Measure {
  const found = MEASURES.find((measure) => measure === value);
  if (found === undefined) {
    throw new MetaInputError(null, 'measure', `measure must be one of ${MEASURES.join(', ')} (got ${show(value)})`);
  }
  return found;
}

export function parseMethod(value: unknown): Method {
  const found = METHODS.find((method) => method === value);
  if (found === undefined) {
    throw new MetaInputError(null, 'method', `method must be one of ${METHODS.join(', ')} (got ${show(value)})`);
  }
  return found;
}

/** The first field of a shape that the study gives, by which its shape was recognised. */
function markerIn(record: Record<string, unknown>, shape: ShapeName): string | undefined {
  return SHAPES[shape].markers.find((field) => field in record);
}

function shapeOf(record: Record<string, unknown>, name: string, measure: Measure): ShapeName {
  const present = (Object.keys(SHAPES) as ShapeName[]).filter((shape) => markerIn(record, shape) !== undefined);
  const [first, second] = present;
  if (first !== undefined && second !== undefined) {
    const firstField = markerIn(record, first) ?? first;
    const secondField = markerIn(record, second) ?? second;
    throw new MetaInputError(
      name,
      secondField,
      `gives both ${firstField} (${SHAPES[first].description}) and ${secondField} (${SHAPES[second].description}); give the study in one form only`,
    );
  }
  const shape = first ?? ('yi' in record ? 'variance' : NATIVE_SHAPE[measure]);
  const allowed = SHAPES[shape].measures;
  if (allowed !== undefined && !allowed.includes(measure)) {
    const field = markerIn(record, shape) ?? shape;
    throw new MetaInputError(
      name,
      field,
      `${field} gives ${SHAPES[shape].description}, which can only be pooled as ${allowed.join(' or ')}, not ${measure}`,
    );
  }
  return shape;
}

/** One study from untyped data; `index` (0-based) names a study without a label. */
function parseStudy(raw: unknown, index: number, measure: Measure): StudyInput {
  const fallbackName = `study ${index + 1}`;
  if (!isRecord(raw)) throw new MetaInputError(fallbackName, 'studies', `studies[${index}] must be an object of named values (got ${show(raw)})`);
  if (raw.label !== undefined && (typeof raw.label !== 'string' || raw.label.trim() === '')) {
    throw new MetaInputError(fallbackName, 'label', `label must be a non-empty string (got ${show(raw.label)})`);
  }
  const label = typeof raw.label === 'string' ? raw.label : fallbackName;
  const shape = SHAPES[shapeOf(raw, label, measure)];
  const study: Record<string, number | string> = { label };
  for (const field of shape.fields) {
    const value = raw[field];
    if (value === undefined || value === null) {
      throw new MetaInputError(label, field, `${field} is missing (${measure} from ${shape.description} needs ${shape.fields.join(', ')})`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new MetaInputError(label, field, `${field} must be a finite number (got ${show(value)})`);
    }
    study[field] = value;
  }
  return study as unknown as StudyInput;
}

/** A whole meta-analysis from untyped data (keys `measure`, `method`, `studies`; any others are ignored). */
export function parseMetaAnalysisInput(raw: unknown): MetaAnalysisInput {
  if (!isRecord(raw)) throw new MetaInputError(null, 'input', `the input must be an object with measure, method and studies (got ${show(raw)})`);
  const measure = parseMeasure(raw.measure);
  const method = parseMethod(raw.method);
  if (!Array.isArray(raw.studies)) {
    throw new MetaInputError(null, 'studies', `studies must be a list of studies (got ${show(raw.studies)})`);
  }
  if (raw.studies.length === 0) throw new MetaInputError(null, 'studies', 'studies must list at least one study to pool (got k = 0)');
  const studies = raw.studies.map((study: unknown, index: number) => parseStudy(study, index, measure));
  return { measure, method, studies };
}
