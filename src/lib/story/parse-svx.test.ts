import { describe, expect, test } from 'vitest';
import { citedSources, countWords, findSlots, readingMinutes } from './parse-svx';

describe('story source facts', () => {
  test('slots: charts with and without views, interactives', () => {
    const src = 'Text\n\n<ChartSlot id="overdose-deaths" />\n<ChartSlot id="intervention-evidence" view="supply" />\n<Interactive id="two-readings" chart="overdose-deaths" />';
    expect(findSlots(src)).toEqual([
      { kind: 'chart', id: 'overdose-deaths' },
      { kind: 'chart', id: 'intervention-evidence', view: 'supply' },
      { kind: 'interactive', id: 'two-readings' },
    ]);
    expect(() => findSlots('<ChartSlot view="x" />')).toThrow(/without an id/);
  });
  test('words ignore tags and markdown marks', () => {
    expect(countWords('### Heading\n\n<Fig s="a b">2022</Fig> was **bad** - really.')).toBe(5);
  });
  test('reading time rounds to whole minutes, at least one', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(4600)).toBe(20);
  });
  test('cited sources, once each, in order', () => {
    expect(citedSources('<Claim kind="x" s="a b"><Fig s="b">1</Fig><Q s="c" who="W">q</Q></Claim>')).toEqual(['a', 'b', 'c']);
  });
});
