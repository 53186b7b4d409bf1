/** Server render of the story's line chart: named image, real line never bridges a gap, guesses joined. */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import LineChart from './LineChart.svelte';
import { lineFrame } from '../../lib/story/line-geometry';

const years = [2015, 2016, 2017, 2018];
const series = [{ year: 2015, value: 100 }, { year: 2016, value: 200 }, { year: 2018, value: 300 }];
const frame = lineFrame(years, [100, 200, 300]);

describe('LineChart', () => {
  const doc = parse(render(LineChart, {
    props: {
      idPrefix: 'lc', title: 'Deaths', description: 'A line.', frame, series, seriesLabel: 'Actual',
      guesses: [{ year: 2015, value: 100 }, { year: 2018, value: 150 }],
      markers: [{ year: 2013, label: '1' }, { year: 2016, label: '2' }, { year: 2016, label: '3' }],
    },
  }).body);

  test('is an image named by its title and described', () => {
    const svg = doc.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(doc.getElementById(svg?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Deaths');
    expect(doc.getElementById(svg?.getAttribute('aria-describedby') ?? '')?.textContent).toBe('A line.');
  });

  test('the real line skips the missing year; the guesses are joined', () => {
    expect(doc.querySelectorAll('line.actual')).toHaveLength(1);
    expect(doc.querySelectorAll('line.guess')).toHaveLength(1);
    expect(doc.querySelectorAll('circle.actual-dot')).toHaveLength(3);
    expect(doc.querySelector('.guess-label')?.textContent).toBe('Your guess');
  });

  test('markers outside the years are pinned to the edge; same-year markers stack', () => {
    const markers = doc.querySelectorAll('circle.marker');
    expect(markers[0]?.getAttribute('cx')).toBe(`${frame.left}%`);
    expect(markers[1]?.getAttribute('cx')).toBe(markers[2]?.getAttribute('cx'));
    expect(Number(markers[2]?.getAttribute('cy'))).toBeGreaterThan(Number(markers[1]?.getAttribute('cy')));
  });
});
