/**
 * Every chart type's mark sentences come from the dictionary (content/ui/<locale>.yaml,
 * chartMarks.*), not from English in the layout: each layout runs here against a stub
 * dictionary whose chartMarks texts are `key⟨{a}|{b}⟩`, so a sentence, or an optional piece of
 * one, built from a template literal again no longer matches. The English wording itself is
 * pinned by each type's layout.test.ts.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { placeholders } from '../../lib/i18n/dictionary';
import type { SourceRecord } from '../../lib/charts/types';
import type { LayoutRow } from './rows';
import { layoutLines } from '../lines/layout';
import { layoutColumnPanels } from '../column-panels/layout';
import { layoutBarRows } from '../bar-rows/layout';
import type { BarRowsSpec } from '../bar-rows/schema';
import { layoutTimeline } from '../timeline/layout';
import { layoutEvidence } from '../evidence/layout';
import { evidenceSchema } from '../evidence/schema';

beforeAll(() => {
  const english = parse(readFileSync('content/ui/en.yaml', 'utf8')) as { chartMarks: Record<string, string> };
  for (const [key, text] of Object.entries(english.chartMarks)) english.chartMarks[key] = `${key}⟨${placeholders(text).map((p) => `{${p}}`).join('|')}⟩`;
  const dir = mkdtempSync(path.join(tmpdir(), 'mark-words-'));
  mkdirSync(path.join(dir, 'ui'));
  writeFileSync(path.join(dir, 'ui', 'en.yaml'), stringify(english));
  vi.stubEnv('CONTENT_DIR', dir);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const sources = new Map<string, SourceRecord>([['s', { source_id: 's', publisher: 'CDC', title: '', url: '', published: '2024', excerpt: '' }]]);

describe('mark sentences are the dictionary\'s', () => {
  test('lines: the point, its status and the hollow points\' key', () => {
    const layout = layoutLines({
      type: 'lines', x: 'year', value: 'value', xDomain: [2000, 2001], xTicks: [2000], format: 'integer', maxGap: 1,
      provisional: { field: 'status', values: ['prov'], label: 'provisional count' },
      series: [{ key: 'all', label: 'All', unitLabel: 'deaths', match: {}, colour: 'neutral', labelAt: 2000, labelPosition: 'above' }],
      annotations: [], markers: [],
    }, [{ year: 2000, value: 10, status: 'final', qualifier: null, source_id: 's' }, { year: 2001, value: 20, status: 'prov', qualifier: 'about', source_id: 's' }], sources).panels[0]!;
    expect(layout.series[0]?.points.map((p) => p.description)).toEqual([
      'line⟨All|2000|10|deaths|lineStatus⟨final⟩⟩',
      'line⟨All|2001|about 20|deaths|lineStatus⟨provisional count⟩⟩',
    ]);
    expect(layout.provisionalKey).toBe('hollowKey⟨provisional count⟩');
  });

  test('column panels: the column, rounded or not', () => {
    const layout = layoutColumnPanels({
      type: 'column-panels', categoryLabels: { '2021': 'FY2021' }, value: 'value', x: 'year', categories: [2021, 2022], panelBy: 'metric',
      panels: [{ key: 'p', label: 'Pills', colour: 'neutral', unitLabel: 'pills', format: 'integer', digits: 0, targets: [], missing: [] }],
    }, [{ year: 2021, metric: 'p', value: 12, qualifier: null, source_id: 's' }, { year: 2022, metric: 'p', value: 12.4, qualifier: null, source_id: 's' }], sources);
    expect(layout.panels[0]?.marks.map((m) => m.description)).toEqual([
      'column⟨Pills|FY2021|12|pills⟩',
      'column⟨Pills|2022|12rounded⟨12.4⟩|pills⟩',
    ]);
  });

  test('bar rows: the row, with and without details and value words', () => {
    const spec: BarRowsSpec = { type: 'bar-rows', value: 'value', max: 100, format: 'percent', label: 'q', panels: [{ key: 'a', label: 'A', colour: 'neutral', match: {} }] };
    const rows: LayoutRow[] = [{ q: 'Question', value: 52, response: 'support', pollster: 'Ipsos', qualifier: null, source_id: 's' }];
    expect(layoutBarRows({ ...spec, valueWords: 'response', detail: '{pollster}' }, rows, sources).panels[0]?.marks[0]?.description)
      .toBe('bar⟨Question|barDetail⟨Ipsos⟩|barWords⟨52%|support⟩⟩');
    expect(layoutBarRows(spec, rows, sources).panels[0]?.marks[0]?.description).toBe('bar⟨Question||52%⟩');
  });

  test('timeline: the event, with its row as it reads in a sentence', () => {
    const layout = layoutTimeline({
      type: 'timeline', date: 'date', label: 'event', rowBy: 'side', domain: ['2023', '2024'], ticks: [2023], annotations: [],
      rows: [{ key: 'd', label: 'Demand side', inSentence: 'the demand side', colour: 'demand' }, { key: 's', label: 'Supply side', colour: 'supply' }],
    }, [{ date: '2023-03-29', side: 'd', event: 'OTC naloxone', qualifier: null, source_id: 's' }, { date: '2023-06', side: 's', event: 'Seizure', qualifier: null, source_id: 's' }], sources);
    expect(layout.marks.map((m) => m.description)).toEqual([
      'event⟨March 29, 2023|the demand side|OTC naloxone⟩',
      'event⟨June 2023|supply side|Seizure⟩',
    ]);
  });

  test('evidence: the row\'s sentence and its optional pieces, the card label and the gap line', () => {
    const spec = evidenceSchema.parse({
      type: 'evidence',
      groups: [{ key: 'g', label: 'Demand side', match: {}, colour: 'demand' }],
      scales: [{ key: 'ratio', label: 'ratio, log scale', log: true, domain: [0.2, 8], reference: 1, ticks: [{ value: 0.2, label: '0.2' }, { value: 8, label: '8' }], measures: ['hazard ratio'] }],
      statusLabels: { 'none found': 'No study found' },
      directionLabels: { left: '← favours the tool', right: 'favours the tool →' },
    });
    const row = (extra: Record<string, unknown>): LayoutRow => ({
      intervention: 'Methadone', outcome: 'mortality', measure: 'hazard ratio', estimate: 0.5, ci_low: null, ci_high: null, interval: '',
      comparison: 'vs none', direction_good: 'lower', status: 'estimate', design: 'none', study: 'Smith 2018', years: '', note: '', qualifier: null, source_id: 's', ...extra,
    });
    const layout = layoutEvidence(spec, [
      row({}),
      row({ comparison: '', direction_good: '', study: '' }),
      row({ measure: 'none', estimate: null, status: 'none found', study: '', comparison: '', note: 'nothing on record.' }),
      row({ estimate: 5, status: 'not an effect', study: '', comparison: '' }),
    ], sources);
    const marks = layout.groups[0]!.marks;
    expect(marks.map((m) => m.description)).toEqual([
      'evidence⟨Demand side|Methadone|mortality|evidenceComparison⟨vs none⟩|evidenceMeasureFirst⟨Hazard ratio|0.5⟩|evidenceScaleDirection⟨ratio, log scale|favours the tool⟩||evidenceAbout⟨Smith 2018⟩⟩',
      'evidence⟨Demand side|Methadone|mortality||evidenceMeasureFirst⟨Hazard ratio|0.5⟩|evidenceScale⟨ratio, log scale⟩||⟩',
      'evidence⟨Demand side|Methadone|mortality||No study found||evidenceWhy⟨Nothing on record⟩|⟩',
      'evidence⟨Demand side|Methadone|mortality||evidenceStatus⟨Not an effect|evidenceMeasureFirst⟨Hazard ratio|5⟩⟩|||⟩',
    ]);
    expect(marks[0]?.cardLabel).toBe('evidenceCard⟨Methadone|mortality⟩');
    expect(marks[1]?.cardRepeat).toBe('evidenceCardRepeat⟨Mortality⟩');
    expect(layout.groups[0]?.cardGaps.join(' ')).toBe('evidenceGaps⟨withoutEstimate⟨⟩|2|evidenceGap⟨no study found|1⟩, evidenceGap⟨not an effect|1⟩⟩');
  });

  test('evidence: a row\'s value, range, card value and study line', () => {
    const spec = evidenceSchema.parse({
      type: 'evidence',
      groups: [{ key: 'g', label: 'Demand side', match: {}, colour: 'demand' }],
      scales: [
        { key: 'ratio', label: 'ratio', log: true, domain: [0.2, 8], reference: 1, ticks: [{ value: 0.2, label: '0.2' }, { value: 8, label: '8' }], measures: ['hazard ratio'] },
        { key: 'pct', label: 'percent', domain: [-100, 100], reference: 0, ticks: [{ value: -100, label: '−100' }, { value: 100, label: '100' }], measures: ['percent reduction', 'percent of deaths'] },
      ],
      statusLabels: {},
      directionLabels: { left: '← favours the tool', right: 'favours the tool →' },
    });
    const row = (extra: Record<string, unknown>): LayoutRow => ({
      intervention: 'Methadone', outcome: 'mortality', measure: 'hazard ratio', estimate: 0.5, ci_low: 0.3, ci_high: 0.7, interval: '95% CI',
      comparison: '', direction_good: '', status: 'estimate', design: 'cohort study', study: 'Smith', years: '2018', note: '', qualifier: null, source_id: 's', ...extra,
    });
    const marks = layoutEvidence(spec, [
      row({}),
      row({ intervention: 'Naloxone', measure: 'percent reduction', estimate: null, ci_low: 9, ci_high: 10, interval: 'range', design: 'none', years: '' }),
      row({ intervention: 'Tests', measure: 'percent of deaths', estimate: 8, ci_low: null, ci_high: null }),
    ], sources).groups[0]!.marks;
    expect(marks.map((m) => m.valueLines.map((l) => l.text).join(' '))).toEqual([
      'evidenceWithRange⟨evidenceMeasureFirst⟨Hazard ratio|0.5⟩|95% CI|evidenceRange⟨0.3|0.7⟩⟩',
      'evidenceInterval⟨evidenceMeasureAfter⟨evidenceRange⟨9|10⟩%|reduction⟩|range⟩',
      'evidenceMeasureAfter⟨8%|of deaths⟩',
    ]);
    expect(marks.map((m) => m.cardValue)).toEqual(['evidenceShortRange⟨0.5|evidenceRange⟨0.3|0.7⟩⟩', 'evidenceShortWord⟨evidenceRange⟨9|10⟩%|reduction⟩', '8%']);
    expect(marks.map((m) => m.studyLines.map((l) => l.text).join(' '))).toEqual(['evidenceDesignStudy⟨Cohort study|evidenceStudyYears⟨Smith|2018⟩⟩', 'Smith', 'evidenceDesignStudy⟨Cohort study|evidenceStudyYears⟨Smith|2018⟩⟩']);
  });
});
