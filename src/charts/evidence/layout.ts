/**
 * Geometry for an evidence chart, computed at build time: rows grouped (by side), a tool's name
 * once above its consecutive rows, every text line wrapped for a 320 px screen with its y in px,
 * and each estimate a dot with its interval on the scale of its own measure (x in percent).
 * Measures are never put on one scale they do not share: a row whose measure no scale lists fails
 * the build, and so does a row in no group, a value a scale cannot draw, or an empty group.
 */
import type { SourceRecord } from '../../lib/charts/types';
// On-chart credit names the originating agency, never the reprint (issue 10).
import { markSource } from '../shared/mark-source';
import { t } from '../../lib/i18n/t';
import { intlOf } from '../../lib/i18n/locales';
import { LayoutError, anchorAt, matchRow, r2, wrapWords, type LayoutRow } from '../shared/rows';
import type { EvidenceScaleSpec, EvidenceSpec } from './schema';
import type { EvidenceGroupLayout, EvidenceHead, EvidenceLayout, EvidenceMark, EvidenceStrip, TextLine } from './types';

export const EVIDENCE = {
  /** Characters per line that fit 280 px: 14 px bold tool name, 13 px outcome, 13 px bold value, 12 px detail. */
  headChars: 30,
  labelChars: 36,
  valueChars: 32,
  detailChars: 40,
  headLine: 19,
  labelLine: 17,
  detailLine: 15,
  /** Gap above a tool's name, above a strip, below a row. */
  headGap: 14,
  stripGap: 6,
  strip: 16,
  tickLine: 15,
  scaleLine: 15,
  rowGap: 14,
  top: 26,
  /** Characters of the one-line label of the static card. */
  cardLabelChars: 40,
  cardGapChars: 76,
  /** Strip width at the narrowest screen, and the width of one 12 px character on it. */
  narrowPx: 280,
  smallCharPx: 6.6,
} as const;

const text = (row: LayoutRow, field: string) => {
  const v = row[field];
  return v === null || v === undefined ? '' : String(v).trim();
};
const num = (row: LayoutRow, field: string): number | null => {
  const v = row[field];
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new LayoutError(`field "${field}" must be a number or empty (got "${String(v)}")`);
};
/**
 * The data's words (content/data/intervention_evidence.csv: outcome, measure, design, note) at
 * the start of a line or sentence: first letter in capitals, as the data's language writes it.
 */
const cap = (s: string) => s.charAt(0).toLocaleUpperCase(intlOf()) + s.slice(1);
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
/** Numbers as the study gives them: one precision per row (3.20 stays 3.20), a true minus sign. */
const formatter = (...values: (number | null)[]) => {
  const d = Math.max(0, ...values.filter((v): v is number => v !== null).map(decimals));
  return (v: number) => v.toFixed(d).replace(/^-/, '−');
};

/**
 * Reading the data, not reader-facing words: the CSV's measure field is English, and a measure
 * starting "percent" ("percent reduction", "percent of overdoses fatal") is a percentage whose
 * words follow the number. `word` is its first word after "percent", the card's short word,
 * unless that is "of" (then the card shows the range instead).
 */
function readMeasure(measure: string): { percent: boolean; rest: string; word: string } {
  const percent = /^percent\b/.test(measure);
  if (!percent) return { percent, rest: '', word: '' };
  const word = measure.split(/[\s,]+/)[1] ?? '';
  return { percent, rest: measure.slice('percent'.length).trim(), word: word === 'of' ? '' : word };
}

/** "2.65–3.86", "9–10%" (chartMarks.evidenceRange), or '' without both ends. */
const rangeText = (f: (v: number) => string, low: number | null, high: number | null, unit: string) =>
  low !== null && high !== null ? `${t('chartMarks.evidenceRange', { low: f(low), high: f(high) })}${unit}` : '';

/** "Adjusted hazard ratio 0.47 (95% CI 0.32–0.71)", "76% reduction", "9–10% reduction (range of published estimates)". */
export function valueText(measure: string, estimate: number | null, low: number | null, high: number | null, interval: string): string {
  const f = formatter(estimate, low, high);
  const { percent, rest } = readMeasure(measure);
  const unit = percent ? '%' : '';
  const range = rangeText(f, low, high, unit);
  const withMeasure = (value: string) => percent
    ? t('chartMarks.evidenceMeasureAfter', { value, measure: rest })
    : t('chartMarks.evidenceMeasureFirst', { measure: cap(measure), value });
  if (estimate === null) return range ? t('chartMarks.evidenceInterval', { value: withMeasure(range), interval }) : '';
  const point = withMeasure(`${f(estimate)}${unit}`);
  return range ? t('chartMarks.evidenceWithRange', { value: point, interval, range }) : point;
}

/** The card's short value: "0.47 (0.32–0.71)", "76% reduction", "9–10% reduction", "0.8% (0.4–1.2%)". */
export function shortValue(measure: string, estimate: number | null, low: number | null, high: number | null): string {
  const f = formatter(estimate, low, high);
  const { percent, word } = readMeasure(measure);
  const unit = percent ? '%' : '';
  const range = rangeText(f, low, high, unit);
  const value = estimate === null ? range : `${f(estimate)}${unit}`;
  if (word) return t('chartMarks.evidenceShortWord', { value, word });
  return estimate !== null && range ? t('chartMarks.evidenceShortRange', { value, range }) : value;
}

/** The scale's words after a drawn row's value, with the side that favours the tool when there is one. */
const scaleWords = (scale: string, direction: string) =>
  direction ? t('chartMarks.evidenceScaleDirection', { scale, direction }) : t('chartMarks.evidenceScale', { scale });

function scaleOf(scales: readonly EvidenceScaleSpec[], measure: string): EvidenceScaleSpec {
  const s = scales.find((sc) => sc.measures.includes(measure));
  if (!s) throw new LayoutError(`measure "${measure}" is on no scale: add it to one of graphic.scales (or give the row a status that is not drawn)`);
  return s;
}

/** Position on a scale in percent, clamped to the plot, with whether it ran off an end. */
export function position(scale: EvidenceScaleSpec, value: number): { pct: number; clipped: boolean } {
  const [d0, d1] = scale.domain;
  if (scale.log && value <= 0) throw new LayoutError(`scale "${scale.key}" is logarithmic and cannot draw ${value}`);
  const t = scale.log ? (Math.log(value) - Math.log(d0)) / (Math.log(d1) - Math.log(d0)) : (value - d0) / (d1 - d0);
  const pct = t * 100;
  return { pct: r2(Math.min(100, Math.max(0, pct))), clipped: pct < 0 || pct > 100 };
}

export function layoutEvidence(
  spec: EvidenceSpec,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
  views: ReadonlyMap<string, string[]> = new Map(),
): EvidenceLayout {
  const used = new Set<LayoutRow>();
  const words = (status: string) => spec.statusLabels[status] ?? cap(status);

  const groups: EvidenceGroupLayout[] = spec.groups.map((group) => {
    const own = rows.filter((r) => matchRow(r, group.match));
    let y = EVIDENCE.top;
    const lines = (texts: string[], height: number): TextLine[] => texts.map((t) => {
      y += height;
      return { text: t, y: y - 4 };
    });
    const heads: EvidenceHead[] = [];
    let lastTool = '';
    let lastStudy = '';
    const marks: EvidenceMark[] = own.map((r, i) => {
      if (used.has(r)) throw new LayoutError(`a row is in more than one group (group "${group.key}")`);
      used.add(r);
      const tool = text(r, 'intervention');
      if (tool !== lastTool) {
        y += EVIDENCE.headGap;
        heads.push({ lines: lines(wrapWords(tool, EVIDENCE.headChars), EVIDENCE.headLine) });
        lastTool = tool;
        lastStudy = '';
      }
      const top = y;
      const outcome = text(r, 'outcome');
      const comparison = text(r, 'comparison');
      const design = text(r, 'design');
      const study = text(r, 'study');
      const years = text(r, 'years');
      const status = text(r, 'status');
      const measure = text(r, 'measure');
      const estimate = num(r, 'estimate');
      const low = num(r, 'ci_low');
      const high = num(r, 'ci_high');
      const interval = text(r, 'interval');
      // Population, findings in words and notes stay in the data table: the chart keeps to what
      // a reader compares (and an embed stays light).
      // A design of "none" (the data's word) is left out.
      const studyYears = study && years ? t('chartMarks.evidenceStudyYears', { study, years }) : study;
      const shownDesign = design === 'none' ? '' : cap(design);
      const studyText = shownDesign && studyYears ? t('chartMarks.evidenceDesignStudy', { design: shownDesign, study: studyYears }) : shownDesign || studyYears;
      const drawn = spec.drawn.map(String).includes(status);

      const withComparison = comparison ? t('chartMarks.evidenceComparison', { comparison }) : '';
      const outcomeLines = lines(wrapWords(cap(outcome + withComparison), EVIDENCE.labelChars), EVIDENCE.labelLine);
      // A second estimate of the same study under the same tool does not repeat the study line.
      const studyLines = !studyText || studyText === lastStudy ? [] : lines(wrapWords(studyText, EVIDENCE.detailChars), EVIDENCE.detailLine);
      lastStudy = studyText;

      let value = valueText(measure, estimate, low, high, interval);
      let strip: EvidenceStrip | null = null;
      let direction: EvidenceMark['direction'] = null;
      let noteLines: TextLine[] = [];
      let why = '';
      let scale: EvidenceScaleSpec | undefined;
      let valueLines: TextLine[];
      if (drawn) {
        if (!value) throw new LayoutError(`row "${tool}, ${outcome}" has status "${status}" but neither an estimate nor a range`);
        const own = scaleOf(spec.scales, measure);
        scale = own;
        const sign = own.negate.includes(measure) ? -1 : 1;
        const at = (v: number | null) => (v === null ? null : position(own, sign * v));
        const dot = at(estimate);
        const ends = [at(low), at(high)].sort((a, b) => (a?.pct ?? 0) - (b?.pct ?? 0));
        // Which way is good, said in words on the side of the plot where it lies.
        const good = text(r, 'direction_good');
        if (good === 'lower' || good === 'higher') {
          const left = (good === 'lower') === (sign === 1);
          direction = left ? { text: spec.directionLabels.left, side: 'left' } : { text: spec.directionLabels.right, side: 'right' };
        }
        valueLines = lines(wrapWords(value, EVIDENCE.valueChars), EVIDENCE.labelLine);
        y += EVIDENCE.stripGap;
        const centre = y + EVIDENCE.strip / 2;
        y += EVIDENCE.strip + EVIDENCE.tickLine;
        const tickY = y - 3;
        y += EVIDENCE.scaleLine;
        const scaleY = y - 3;
        // The scale's words and the direction share a line when both fit 280 px; else the
        // direction takes its own line below.
        const together = !direction || (own.label.length + direction.text.length) * EVIDENCE.smallCharPx + 12 <= EVIDENCE.narrowPx;
        if (!together) y += EVIDENCE.scaleLine;
        strip = {
          scale: scale.key,
          y: centre,
          dotPct: dot?.pct ?? null,
          lowPct: ends[0]?.pct ?? null,
          highPct: ends[1]?.pct ?? null,
          tickY,
          scaleY,
          directionY: together ? scaleY : scaleY + EVIDENCE.scaleLine,
          clippedLow: ends[0]?.clipped ?? false,
          clippedHigh: ends[1]?.clipped ?? false,
        };
        if (dot?.clipped) throw new LayoutError(`row "${tool}, ${outcome}": estimate ${estimate} is outside scale "${scale.key}" (${scale.domain.join(' to ')})`);
      } else {
        // No dot: the status in words, then what the study found or why there is no estimate.
        value = value ? t('chartMarks.evidenceStatus', { status: words(status), value }) : words(status);
        valueLines = lines(wrapWords(value, EVIDENCE.valueChars), EVIDENCE.labelLine);
        // Where no study was found, the note says what is and is not on record.
        why = status === 'none found' ? cap(text(r, 'note')) : '';
        noteLines = why ? lines(wrapWords(why, EVIDENCE.detailChars), EVIDENCE.detailLine) : [];
      }
      const bottom = y;
      y += EVIDENCE.rowGap;

      const source = sources.get(r.source_id);
      const about = studyText;
      return {
        id: `${group.key}-${i + 1}`,
        outcomeLines, studyLines, valueLines, noteLines, strip, top, bottom,
        tool,
        cardLabel: firstLine(t('chartMarks.evidenceCard', { tool, outcome }), EVIDENCE.cardLabelChars),
        cardRepeat: firstLine(t('chartMarks.evidenceCardRepeat', { outcome: cap(outcome) }), EVIDENCE.cardLabelChars),
        cardValue: drawn ? shortValue(measure, estimate, low, high) : words(status),
        // Ends in words or a parenthesis, never a bare number before the full stop.
        description: t('chartMarks.evidence', {
          group: group.label, tool, outcome, value,
          comparison: withComparison,
          scale: scale ? scaleWords(scale.label, direction?.text.replace(/[←→]/g, '').trim() ?? '') : '',
          why: why ? t('chartMarks.evidenceWhy', { why: why.replace(/\.$/, '') }) : '',
          about: about ? t('chartMarks.evidenceAbout', { about }) : '',
        }),
        sourceLine: markSource(source, r.source_id),
        direction,
      };
    });
    if (marks.length === 0) throw new LayoutError(`group "${group.key}" matches no rows`);
    // The card draws only the dots; it counts the other rows, by status, in one line.
    const gaps = new Map<string, number>();
    for (const m of marks) if (!m.strip) gaps.set(m.cardValue, (gaps.get(m.cardValue) ?? 0) + 1);
    const gapCount = [...gaps.values()].reduce((a, b) => a + b, 0);
    // The status words are the spec's statusLabels (or the status), lower-cased to sit inside the
    // line: English sentence case. Safe for the labels in content/charts/intervention-evidence.yaml
    // ("No study found", "Count, not an effect": no names or acronyms); a label with one, or a
    // language whose nouns keep their capitals, needs an in-sentence form in the spec, as the
    // timeline's rows[].inSentence.
    const statuses = new Intl.ListFormat(intlOf(), { type: 'unit', style: 'short' })
      .format([...gaps].map(([w, n]) => t('chartMarks.evidenceGap', { status: w.toLowerCase(), count: n })));
    const cardGaps = gapCount === 0 ? [] : wrapWords(t('chartMarks.evidenceGaps', { label: spec.cardWithoutEstimate ?? t('chartMarks.withoutEstimate'), count: gapCount, statuses }), EVIDENCE.cardGapChars);
    return { key: group.key, label: group.label, colour: group.colour, height: y, heads, marks, cardGaps, views: views.get(group.key) ?? [] };
  });
  if (used.size !== rows.length) throw new LayoutError(`${rows.length - used.size} selected row(s) fall in no group`);
  const scales = Object.fromEntries(spec.scales.map((sc) => [sc.key, {
    label: sc.label,
    referencePct: sc.reference === undefined ? null : position(sc, sc.reference).pct,
    ticks: sc.ticks.map((t) => {
      const pct = position(sc, t.value).pct;
      return { pct, label: t.label, anchor: anchorAt(pct, 8) };
    }),
  }]));
  return { type: 'evidence', groups, scales, cardNote: spec.cardNote ? wrapWords(spec.cardNote, EVIDENCE.cardGapChars) : [] };
}

/** The first line of `text` wrapped at `chars`, with " …" when words were left out. */
function firstLine(value: string, chars: number): string {
  const all = wrapWords(value, chars);
  return all.length > 1 ? `${all[0]} …` : (all[0] ?? '');
}
