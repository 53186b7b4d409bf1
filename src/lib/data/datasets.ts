/**
 * Every dataset in content/data/: one zod schema per CSV (one field per column), its unique
 * key and cross-field checks. Copied from ../shared/data with source ids, qualifiers,
 * confidence and notes kept; see content/data/README.md for caveats.
 */
import { z } from 'astro/zod';
import type { DatasetSpec } from './validate';
import {
  confidence, figureText, fiscalYear, nonNegativeCount, number, optionalNumber, optionalText, partialDate,
  qualifier, sourceId, text, unit, year, yearNotAfterAsOf,
} from './fields';

const common = { confidence: confidence(), source_id: sourceId(), note: optionalText() };

function dataset<S extends z.ZodObject>(spec: DatasetSpec<S>): DatasetSpec<S> {
  return spec;
}

export const sources = dataset({
  name: 'sources',
  schema: z.object({
    source_id: text().regex(/^[a-z0-9_]+$/, 'expected lower-case letters, digits and underscores'),
    publisher: text(),
    title: text(),
    // One source (the seed article) has no verified URL; every other must be http(s).
    url: optionalText().refine((s) => s === '' || /^https?:\/\/\S+$/.test(s), 'expected an http(s) URL or an empty cell'),
    published: partialDate({ min: 1900 }),
    excerpt: optionalText(),
    // Who produced the figure ("CBP", "CDC/NCHS", "Gallup"): the on-chart credit. Empty: the
    // publisher did. See src/lib/data/origins.ts.
    origin: optionalText(),
  }),
  key: ['source_id'],
  citesSources: false,
});

export const deaSeizures = dataset({
  name: 'dea_seizures',
  schema: z.object({
    // Plausible years: DEA's fentanyl seizure reporting; never after the row's own as_of.
    year: year({ min: 2000 }),
    period_type: z.enum(['calendar_year', 'calendar_year_partial', 'calendar_year_to_date', 'federal_fiscal_year'], { error: 'unknown period_type' }),
    as_of: partialDate({ min: 2000 }),
    metric: z.enum(['fake_pills_seized', 'fentanyl_powder_seized', 'fentanyl_seized_pounds', 'potentially_deadly_doses_seized', 'lab_share_pills_potentially_lethal'], { error: 'unknown metric' }),
    value: number(),
    unit: unit(),
    qualifier: qualifier(),
    ...common,
  }),
  key: ['year', 'period_type', 'as_of', 'metric', 'source_id'],
  checks: [nonNegativeCount, yearNotAfterAsOf],
});

export const cbpSeizures = dataset({
  name: 'cbp_fentanyl_fy',
  schema: z.object({
    // Mostly FY2023-style; a few rows cover ranges ("FY2015-FY2024") or calendar spans.
    fiscal_year: text(),
    scope: text(),
    value: number(),
    unit: unit(),
    qualifier: qualifier(),
    period_coverage: text(),
    ...common,
  }),
  key: ['fiscal_year', 'scope', 'unit', 'period_coverage', 'source_id'],
  checks: [nonNegativeCount],
});

export const overdoseDeaths = dataset({
  name: 'overdose_deaths',
  schema: z.object({
    year: text(),
    data_status: z.enum(['final', 'provisional_predicted', 'provisional_reported'], { error: 'unknown data_status' }),
    measure: text(),
    value: number(),
    unit: unit(),
    qualifier: qualifier(),
    ...common,
  }),
  key: ['year', 'data_status', 'measure', 'source_id'],
  checks: [nonNegativeCount],
});

export const traffickerCitizenship = dataset({
  name: 'trafficker_citizenship',
  schema: z.object({
    period: text(),
    period_type: text(),
    population: text(),
    us_citizen_share_pct: number().refine((n) => n >= 0 && n <= 100, 'a share must be between 0 and 100'),
    qualifier: qualifier(),
    n_us_citizens: optionalNumber(),
    n_total: optionalNumber(),
    ...common,
  }),
  key: ['period', 'population', 'source_id'],
});

export const drugControlBudget = dataset({
  name: 'drug_control_budget',
  schema: z.object({
    // A budget request names the next fiscal year (published the spring before it starts).
    fiscal_year: fiscalYear({ min: 2000, ahead: 1 }),
    budget_stage: z.enum(['request', 'enacted', 'annualized_CR'], { error: 'unknown budget_stage' }),
    component: text(),
    value: number(),
    unit: unit(),
    ...common,
  }),
  key: ['fiscal_year', 'budget_stage', 'component', 'unit', 'source_id'],
});

export const treatmentGap = dataset({
  name: 'treatment_gap',
  schema: z.object({
    year: year({ min: 2000 }),
    population: text(),
    measure: text(),
    value: number(),
    unit: unit(),
    qualifier: qualifier(),
    ...common,
  }),
  key: ['year', 'population', 'measure', 'source_id'],
  checks: [nonNegativeCount],
});

export const borderTraffic = dataset({
  name: 'border_traffic',
  schema: z.object({
    category: text(),
    period: text(),
    period_type: text(),
    geography: text(),
    metric: text(),
    // As published: a few cells are ranges ("1-2"); plain numbers must be finite and plain.
    value: figureText(),
    unit: unit(),
    qualifier: qualifier(),
    derivation: z.enum(['as_published', 'sum_of_BTS_monthly_port_records'], { error: 'unknown derivation' }),
    ...common,
  }),
  key: ['category', 'period', 'geography', 'metric', 'source_id', 'value'],
});

export const timeline = dataset({
  name: 'timeline',
  schema: z.object({
    // The debate's era: from the Controlled Substances Act (1970) on.
    date: partialDate({ min: 1970 }),
    event: text(),
    side: z.enum(['supply', 'demand', 'both'], { error: 'expected supply, demand or both' }),
    source_id: sourceId(),
    note: optionalText(),
  }),
  key: ['date', 'event'],
});

export const productionEconomics = dataset({
  name: 'production_economics',
  schema: z.object({
    metric: text(),
    value: figureText(true),
    unit: unit(),
    qualifier: qualifier(),
    year_or_period: text(),
    ...common,
  }),
  key: ['metric', 'year_or_period', 'source_id'],
});

export const publicOpinion = dataset({
  name: 'public_opinion',
  schema: z.object({
    topic: text(),
    pollster: text(),
    sponsor: text(),
    field_dates: text(),
    population: text(),
    sample_size: optionalText(),
    mode: optionalText(),
    question_wording: text(),
    response: text(),
    value: number().refine((n) => n >= 0 && n <= 100, 'a poll share must be between 0 and 100'),
    unit: unit(),
    qualifier: qualifier(),
    ...common,
  }),
  key: ['topic', 'pollster', 'field_dates', 'question_wording', 'response', 'population'],
});

/** intervention_evidence: an interval has both ends and holds its estimate; a blank estimate says why. */
function evidenceInterval(row: { estimate: number | null; ci_low: number | null; ci_high: number | null; interval: string; status: string }) {
  const { estimate, ci_low: lo, ci_high: hi } = row;
  if ((lo === null) !== (hi === null)) return { field: lo === null ? 'ci_low' : 'ci_high', message: 'an interval needs both ci_low and ci_high' };
  if (lo !== null && hi !== null && lo > hi) return { field: 'ci_low', message: 'ci_low is above ci_high' };
  if (lo !== null && !row.interval) return { field: 'interval', message: 'say what the interval is (95% CI or range of published estimates)' };
  if (estimate !== null && lo !== null && hi !== null && (estimate < lo || estimate > hi)) return { field: 'estimate', message: 'estimate lies outside its interval' };
  if ((estimate !== null) !== (row.status === 'estimate') && !(estimate !== null && row.status.includes('not an effect')))
    return { field: 'status', message: estimate === null ? 'a row without an estimate needs a status that says why' : 'a row with an estimate has status "estimate" (or a "not an effect" status)' };
  return undefined;
}

export const interventionEvidence = dataset({
  name: 'intervention_evidence',
  // One row per estimate (or per outcome with no estimate: `status` says why it is blank).
  schema: z.object({
    intervention: text(),
    side: z.enum(['supply', 'demand', 'both'], { error: 'expected supply, demand or both' }),
    outcome: text(),
    measure: text(),
    estimate: optionalNumber(),
    ci_low: optionalNumber(),
    ci_high: optionalNumber(),
    interval: z.enum(['', '95% CI', 'range of published estimates'], { error: 'expected 95% CI, range of published estimates or empty' }),
    comparison: optionalText(),
    direction_good: z.enum(['', 'lower', 'higher'], { error: 'expected lower, higher or empty' }),
    status: z.enum(['estimate', 'range only', 'no numeric estimate', 'not an effect', 'trend, not an effect', 'none found'], { error: 'unknown status' }),
    design: text(),
    population: optionalText(),
    years: optionalText(),
    study: optionalText(),
    finding: optionalText(),
    ...common,
  }),
  key: ['intervention', 'outcome', 'measure', 'source_id'],
  checks: [evidenceInterval],
});

export const prices = dataset({
  name: 'prices',
  schema: z.object({
    period: text(),
    geography: text(),
    market_level: text(),
    form: text(),
    metric: text(),
    value: figureText(),
    unit: unit(),
    qualifier: qualifier(),
    ...common,
  }),
  key: ['period', 'geography', 'market_level', 'form', 'metric', 'source_id'],
});

export const naloxone = dataset({
  name: 'naloxone',
  schema: z.object({
    date_or_period: text(),
    item: text(),
    value: figureText(true),
    unit: unit(),
    qualifier: qualifier(),
    ...common,
  }),
  key: ['date_or_period', 'item'],
});

export const quotes = dataset({
  name: 'quotes',
  schema: z.object({
    speaker: text(),
    role: text(),
    position: z.enum(['supply', 'demand', 'skeptic', 'reporting'], { error: 'expected supply, demand, skeptic or reporting' }),
    quote: text(),
    source_id: sourceId(),
  }),
  key: ['speaker', 'quote'],
});

/** All data collections, by collection name. */
export const DATASETS = {
  dea_seizures: deaSeizures,
  cbp_fentanyl_fy: cbpSeizures,
  overdose_deaths: overdoseDeaths,
  trafficker_citizenship: traffickerCitizenship,
  drug_control_budget: drugControlBudget,
  treatment_gap: treatmentGap,
  border_traffic: borderTraffic,
  timeline,
  production_economics: productionEconomics,
  public_opinion: publicOpinion,
  intervention_evidence: interventionEvidence,
  prices,
  naloxone,
  quotes,
} as const;
export type DatasetName = keyof typeof DATASETS;
