import { describe, expect, test } from 'vitest';
import { layoutTimeline, parseDate } from './layout';
import type { TimelineSpec } from './schema';
import type { LayoutRow } from '../shared/rows';

const spec: TimelineSpec = {
  type: 'timeline', date: 'date', label: 'event', rowBy: 'side',
  rows: [{ key: 'supply', label: 'Supply side', colour: 'supply' }, { key: 'demand', label: 'Demand side', colour: 'demand' }],
  domain: ['2021-01', '2026-01'], ticks: [2022, 2025], annotations: [],
};
const ev = (date: string, side: string, event = `event ${date}`): LayoutRow => ({ date, side, event, qualifier: null, source_id: 's' });
const rows = [ev('2025-02-20', 'supply'), ev('2025-02-01', 'supply'), ev('2023-03-29', 'demand', 'OTC naloxone'), ev('2022-11', 'supply')];

describe('layoutTimeline', () => {
  const layout = layoutTimeline(spec, rows, new Map());

  test('partial dates sit at the start of their period', () => {
    expect(parseDate('2022-11').toISOString()).toBe('2022-11-01T00:00:00.000Z');
    expect(parseDate('2023').toISOString()).toBe('2023-01-01T00:00:00.000Z');
    expect(() => parseDate('Nov 2022')).toThrow(/not a date/);
  });

  test('events in date order, x in percent, close events stacked into separate lanes', () => {
    expect(layout.marks.map((m) => m.description.slice(0, 16))).toEqual([
      'November 2022 (s', 'March 29, 2023 (', 'February 1, 2025', 'February 20, 202',
    ]);
    const [, , feb1, feb20] = layout.marks;
    expect(feb20!.xPct - feb1!.xPct).toBeLessThan(4.5);
    expect(feb20!.y).not.toBe(feb1!.y);
    for (const m of layout.marks) expect(m.xPct).toBeGreaterThanOrEqual(0);
  });

  test('rows are labelled in words, in spec order; descriptions name the side', () => {
    expect(layout.rows.map((r) => r.label)).toEqual(['Supply side', 'Demand side']);
    expect(layout.marks[1]?.description).toBe('March 29, 2023 (demand side): OTC naloxone.');
    expect(layout.ticks.map((t) => t.label)).toEqual(['2022', '2025']);
  });

  test('an unknown side or a date outside the domain fails', () => {
    expect(() => layoutTimeline(spec, [...rows, ev('2024-01-01', 'other')], new Map())).toThrow(/not in graphic.rows/);
    expect(() => layoutTimeline(spec, [...rows, ev('2030-01-01', 'supply')], new Map())).toThrow(/outside graphic.domain/);
  });

  test('annotations number their events in date order, with a key; 0 or 2+ matches fail the build', () => {
    const annotated = layoutTimeline({ ...spec, annotations: [{ match: 'event 2025-02-20', label: 'Designation' }, { match: 'otc NALOXONE', label: 'Naloxone over the counter' }] }, rows, new Map());
    const numbered = annotated.marks.filter((m) => m.n !== undefined);
    expect(numbered.map((m) => [m.description.slice(0, 14), m.n])).toEqual([['March 29, 2023', 1], ['February 20, 2', 2]]);
    expect(annotated.key).toEqual(['Naloxone over the counter', 'Designation']);
    expect(annotated.keyY).toBeGreaterThan(annotated.axisY);
    expect(annotated.height).toBeGreaterThan(layout.height);
    expect(layout.key).toEqual([]);
    expect(() => layoutTimeline({ ...spec, annotations: [{ match: 'no such event', label: 'x' }] }, rows, new Map())).toThrow(/matches 0 events/);
    expect(() => layoutTimeline({ ...spec, annotations: [{ match: 'event 2025', label: 'x' }] }, rows, new Map())).toThrow(/matches 2 events/);
    expect(() => layoutTimeline({ ...spec, annotations: [{ match: 'OTC', label: 'A label far too long to fit on one line at 320 px' }] }, rows, new Map())).toThrow(/longer than 34/);
  });
});
