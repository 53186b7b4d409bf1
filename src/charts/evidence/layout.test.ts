import { describe, expect, test } from 'vitest';
import { EVIDENCE, layoutEvidence, position, shortValue, valueText } from './layout';
import { evidenceSchema, type EvidenceSpec } from './schema';
import { cardItems, staticHeight } from './static';
import type { LayoutRow } from '../shared/rows';
import type { SourceRecord } from '../../lib/charts/types';

const spec: EvidenceSpec = evidenceSchema.parse({
  type: 'evidence',
  groups: [
    { key: 'supply', label: 'Supply side', match: { side: ['supply'] }, colour: 'supply' },
    { key: 'demand', label: 'Demand side', match: { side: ['demand'] }, colour: 'demand' },
  ],
  scales: [
    { key: 'ratio', label: 'ratio, log scale', log: true, domain: [0.2, 8], reference: 1, ticks: [{ value: 0.2, label: '0.2' }, { value: 1, label: '1' }, { value: 8, label: '8' }], measures: ['adjusted hazard ratio'] },
    { key: 'change', label: 'percent change', domain: [-100, 100], reference: 0, ticks: [{ value: -100, label: '−100%' }, { value: 100, label: '+100%' }], measures: ['percent reduction', 'percent increase'], negate: ['percent reduction'] },
  ],
  statusLabels: { 'none found': 'No study found' },
  directionLabels: { left: '← favours the tool', right: 'favours the tool →' },
});
const sources = new Map<string, SourceRecord>([['s', { source_id: 's', publisher: 'Annals', title: '', url: '', published: '2018', excerpt: '' }]]);
const row = (extra: Record<string, unknown>): LayoutRow => ({
  intervention: 'Methadone', side: 'demand', outcome: 'all-cause mortality', measure: 'adjusted hazard ratio', estimate: 0.47, ci_low: 0.32, ci_high: 0.71,
  interval: '95% CI', comparison: 'vs no medication', direction_good: 'lower', status: 'estimate', design: 'cohort study', population: '17,568 adults',
  years: '2012-2014', study: 'Larochelle et al. 2018', finding: '', note: '', qualifier: null, source_id: 's', ...extra,
});

describe('layoutEvidence', () => {
  const rows = [
    row({}),
    row({ outcome: 'opioid-related mortality', estimate: 0.41, ci_low: null, ci_high: null, interval: '' }),
    row({ intervention: 'Boat strikes', side: 'supply', outcome: 'deaths', measure: 'none', estimate: null, ci_low: null, ci_high: null, interval: '', status: 'none found', design: 'none', study: '', population: '', years: '', note: 'No estimate of the effect' }),
    row({ intervention: 'Naloxone laws', outcome: 'opioid deaths', measure: 'percent reduction', estimate: null, ci_low: 9, ci_high: 10, interval: 'range of published estimates', status: 'range only', direction_good: 'higher' }),
  ];
  const layout = layoutEvidence(spec, rows, sources, new Map([['supply', ['all', 'supply']], ['demand', ['all', 'demand']]]));
  const [supply, demand] = layout.groups;

  test('groups in spec order; a tool is named once above its consecutive rows', () => {
    expect(layout.groups.map((g) => [g.key, g.marks.length])).toEqual([['supply', 1], ['demand', 3]]);
    expect(demand?.heads.map((h) => h.lines.map((l) => l.text).join(' '))).toEqual(['Methadone', 'Naloxone laws']);
    expect(demand?.views).toEqual(['all', 'demand']);
  });

  test('an estimate is a dot and interval on its measure\'s log scale, printed with its interval', () => {
    const m = demand!.marks[0]!;
    expect(m.valueLines.map((l) => l.text).join(' ')).toBe('Adjusted hazard ratio 0.47 (95% CI 0.32–0.71)');
    expect(layout.scales['ratio']?.referencePct).toBeCloseTo(43.63, 1);
    expect(m.strip!.dotPct!).toBeLessThan(layout.scales['ratio']!.referencePct!);
    expect(m.strip!.lowPct!).toBeLessThan(m.strip!.dotPct!);
    expect(m.direction).toEqual({ text: '← favours the tool', side: 'left' });
    expect(m.description).toBe('Demand side. Methadone: all-cause mortality, vs no medication – Adjusted hazard ratio 0.47 (95% CI 0.32–0.71); ratio, log scale, favours the tool (Cohort study · Larochelle et al. 2018, 2012-2014).');
  });

  test('the same study\'s second row does not repeat the study line; no interval, no line', () => {
    const m = demand!.marks[1]!;
    expect(m.studyLines).toEqual([]);
    expect([m.strip?.lowPct, m.strip?.highPct]).toEqual([null, null]);
  });

  test('reductions are drawn below zero and their good side flips; a range has no dot', () => {
    const m = demand!.marks[2]!;
    expect(m.valueLines.map((l) => l.text).join(' ')).toBe('9–10% reduction (range of published estimates)');
    expect(m.strip?.dotPct).toBeNull();
    expect([m.strip?.lowPct, m.strip?.highPct]).toEqual([45, 45.5]);
    expect(m.direction?.side).toBe('left');
  });

  test('a row without an estimate keeps its place and says why in words, with no strip', () => {
    const m = supply!.marks[0]!;
    expect(m.strip).toBeNull();
    expect(m.valueLines.map((l) => l.text)).toEqual(['No study found']);
    expect(m.noteLines.map((l) => l.text).join(' ')).toBe('No estimate of the effect');
    expect(supply?.cardGaps).toEqual(['Without an estimate: 1 (no study found 1)']);
  });

  test('lines are wrapped for 320 px and go down the page; rows never overlap', () => {
    const marks = layout.groups.flatMap((g) => g.marks);
    for (const m of marks) {
      for (const l of [...m.outcomeLines, ...m.valueLines]) expect(l.text.length).toBeLessThanOrEqual(EVIDENCE.labelChars);
      const ys = [...m.outcomeLines, ...m.studyLines, ...m.valueLines, ...m.noteLines].map((l) => l.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      if (m.strip) expect(m.strip.y).toBeGreaterThan(ys.at(-1)!);
    }
    for (const g of layout.groups) for (let i = 1; i < g.marks.length; i++) expect(g.marks[i]!.top).toBeGreaterThan(g.marks[i - 1]!.bottom);
  });

  test('the card lists the view\'s dots in two columns and counts the rest', () => {
    const items = cardItems(layout, 'demand');
    expect(items.filter((i) => i.kind === 'row')).toHaveLength(3);
    expect(items.some((i) => i.group.key === 'supply')).toBe(false);
    expect(staticHeight(layout, 'all')).toBeGreaterThan(0);
  });

  test('a measure on no scale, a value off its scale, a row in no group or an empty group fail', () => {
    expect(() => layoutEvidence(spec, [...rows, row({ measure: 'odds ratio' })], sources)).toThrow(/"odds ratio" is on no scale/);
    expect(() => layoutEvidence(spec, [...rows, row({ estimate: 9, ci_low: 8.5, ci_high: 9.5 })], sources)).toThrow(/outside scale "ratio"/);
    expect(() => layoutEvidence(spec, [...rows, row({ side: 'both' })], sources)).toThrow(/fall in no group/);
    expect(() => layoutEvidence(spec, rows.slice(0, 2), sources)).toThrow(/group "supply" matches no rows/);
  });
});

describe('valueText and position', () => {
  test('one precision per row, the study\'s own words for percentages', () => {
    expect(valueText('rate ratio', 3.2, 2.65, 3.86, '95% CI')).toBe('Rate ratio 3.20 (95% CI 2.65–3.86)');
    expect(valueText('percent increase', 14, null, null, '')).toBe('14% increase');
    expect(valueText("Cohen's d", -0.09, null, null, '')).toBe("Cohen's d −0.09");
  });
  test('the card\'s short values keep the number, its interval or the change\'s direction', () => {
    expect(shortValue('adjusted hazard ratio', 0.47, 0.32, 0.71)).toBe('0.47 (0.32–0.71)');
    expect(shortValue('percent reduction', 76, null, null)).toBe('76% reduction');
    expect(shortValue('percent reduction', null, 9, 10)).toBe('9–10% reduction');
    expect(shortValue('percent of overdoses fatal', 0.8, 0.4, 1.2)).toBe('0.8% (0.4–1.2%)');
  });
  test('log scales refuse zero; ends clamp and say so', () => {
    const ratio = spec.scales[0]!;
    expect(() => position(ratio, 0)).toThrow(/logarithmic/);
    expect(position(ratio, 10)).toEqual({ pct: 100, clipped: true });
  });
});

describe('direction words on a narrow strip', () => {
  test('share the scale\'s line when both fit 280 px, else take the next line', () => {
    const supplyRow = row({ intervention: 'Boat strikes', side: 'supply', status: 'none found', measure: 'none', estimate: null, ci_low: null, ci_high: null, note: 'None' });
    const short = layoutEvidence(spec, [row({}), supplyRow], sources).groups[1]!.marks[0]!;
    expect(short.strip!.directionY).toBe(short.strip!.scaleY);
    const long = evidenceSchema.parse({ ...spec, scales: spec.scales.map((s) => (s.key === 'ratio' ? { ...s, label: 'naloxone kits per death prevented, log scale' } : s)) });
    const m = layoutEvidence(long, [row({}), supplyRow], sources).groups[1]!.marks[0]!;
    expect(m.strip!.directionY).toBe(m.strip!.scaleY + 15);
    expect(m.bottom).toBe(short.bottom + 15);
  });
});
