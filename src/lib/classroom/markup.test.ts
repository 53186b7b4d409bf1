import { describe, expect, test } from 'vitest';
import { Citations, MarkupError, kitPage, plainText, renderInline, renderMarkdown, type MarkupContext, type SourceInfo } from './markup';
import { chartIndexFrom } from './chart-index';
import { indexRows } from '../prose/number-check';

const sources = new Map<string, SourceInfo>([
  ['dea_a', { source_id: 'dea_a', publisher: 'DEA', title: 'A', url: 'https://dea.gov/a', published: '2022-12' }],
  ['npr', { source_id: 'npr', publisher: 'NPR', title: 'N', url: '', published: '2023-03' }],
]);
const charts = chartIndexFrom([{ id: 'dea-seizures', spec: { title: 'Seizures', views: [{ id: 'pills' }] } }]);
const ctx = (): MarkupContext => ({ file: 'test.md', sources, charts, citations: new Citations(sources), href: (p) => p });

describe('tags', () => {
  test('<Fig> renders the figure verbatim with a numbered source link (at the end of the clause, not after the number)', () => {
    const html = renderInline('more than <Fig s="dea_a">50.6 million</Fig> pills', ctx());
    expect(html).toBe('more than <span class="fig" data-s="dea_a">50.6 million</span> pills<sup class="fig-ref"><a href="#cite-dea_a" aria-label="Source 1: DEA">1</a></sup>');
    // A figure that ends the text keeps its marker right after it (this case once looped forever).
    expect(renderInline('seized <Fig s="dea_a">50.6 million</Fig>', ctx())).toBe('seized <span class="fig" data-s="dea_a">50.6 million</span><sup class="fig-ref"><a href="#cite-dea_a" aria-label="Source 1: DEA">1</a></sup>');
  });

  test('a calculated figure links its formula and every source', () => {
    const c = ctx();
    const html = renderInline('about <Fig s="dea_a npr" calc="50.6 ÷ 20 = 2.53">2.5 times</Fig>', c);
    expect(html).toContain('data-calc="50.6 ÷ 20 = 2.53"');
    expect(html).toContain('href="#cite-npr"');
    expect(html).toContain('>calculated</a>');
    expect(c.citations.calcs).toEqual(['50.6 ÷ 20 = 2.53']);
    expect(c.citations.order).toEqual(['dea_a', 'npr']);
  });

  test('<Q> becomes a quotation with its speaker and source', () => {
    const html = renderInline('<Q s="npr" who="Anne Milgram">We are not getting information.</Q>', ctx());
    expect(html).toMatch(/^<q class="quote" data-s="npr" data-who="Anne Milgram">We are not getting information\.<\/q><sup/);
  });

  test('a tag spanning lines inside a paragraph works', () => {
    expect(renderMarkdown('in <Fig s="dea_a">7 out of\n10</Fig> pills', ctx())).toContain('<span class="fig" data-s="dea_a">7 out of\n10</span>');
  });
});

describe('each kind of bad markup fails', () => {
  const bad: [string, string, RegExp][] = [
    ['unknown source id', '<Fig s="nope">1</Fig>', /unknown source id "nope"/],
    ['one unknown id among several', '<Fig s="dea_a nope">1</Fig>', /unknown source id "nope"/],
    ['missing s', '<Fig calc="x">1</Fig>', /needs a non-empty s=/],
    ['empty s', '<Fig s="">1</Fig>', /needs a non-empty s=/],
    ['Q without who', '<Q s="npr">hi</Q>', /needs a non-empty who=/],
    ['unknown attribute', '<Fig s="dea_a" class="x">1</Fig>', /unknown attribute "class"/],
    ['unclosed tag', 'a <Fig s="dea_a">1 b', /never closed/],
    ['stray closing tag', 'a 1</Fig> b', /without an opening tag/],
    ['nested tags', '<Fig s="dea_a">1 <Q s="npr" who="X">q</Q></Fig>', /cannot nest/],
    ['empty figure', '<Fig s="dea_a"></Fig>', /empty <Fig/],
    ['raw HTML', 'hello <script>alert(1)</script>', /raw HTML is not allowed/],
    ['raw HTML block', '<div>\nhi\n</div>', /raw HTML is not allowed/],
    ['unknown relative link', '[x](secret.md)', /neither a kit file/],
  ];
  test.each(bad)('%s', (_name, input, message) => {
    expect(() => renderMarkdown(input, ctx())).toThrow(MarkupError);
    expect(() => renderMarkdown(input, ctx())).toThrow(message);
  });
});

describe('links', () => {
  test('kit files map to classroom pages', () => {
    expect(kitPage('lesson-1.md')).toBe('/classroom/lesson-1/');
    expect(kitPage('handouts/stance-tally.md')).toBe('/classroom/handouts/stance-tally/');
    expect(kitPage('../vocabulary.yaml#x')).toBe('/classroom/vocabulary/#x');
    expect(kitPage('nope.md')).toBeUndefined();
  });

  test('chart links: an existing chart and view link; a missing view or chart fails with the file (no placeholder)', () => {
    const html = renderMarkdown('Open `/charts/dea-seizures/?view=pills` and [seizures](/charts/dea-seizures/).', ctx());
    expect(html).toContain('<a href="/charts/dea-seizures/?view=pills"><code>/charts/dea-seizures/?view=pills</code></a>');
    expect(html).toContain('<a href="/charts/dea-seizures/">seizures</a>');
    expect(() => renderMarkdown('Open `/charts/dea-seizures/?view=powder`.', ctx())).toThrow('test.md: chart "dea-seizures" has no view "powder": /charts/dea-seizures/?view=powder');
    expect(() => renderMarkdown('See [deaths](/charts/overdose-deaths/).', ctx())).toThrow('test.md: chart "overdose-deaths" is not in content/charts/: /charts/overdose-deaths/');
  });
});

test('site paths under /classroom/ pass through href(); other site paths fail', () => {
  const c = { ...ctx(), href: (p: string) => `/base${p}` };
  expect(renderInline('[tally](/classroom/stance-tally/)', c)).toBe('<a href="/base/classroom/stance-tally/">tally</a>');
  expect(() => renderInline('[x](/admin/)', c)).toThrow(/neither a kit file/);
});

describe('sections', () => {
  const md = '# Title\n\nIntro\n\n## Predict\n\nGuess.\n\n## Reveal\n\nAnswer.\n\n## Discuss\n\nTalk.';
  test('drops the h1, hides the named section in a closed <details>, and makes slides', () => {
    const html = renderMarkdown(md, ctx(), { dropH1: true, hidden: ['Reveal'], slides: true });
    expect(html).not.toContain('<h1');
    expect(html).toMatch(/<h2 id="reveal">Reveal<\/h2><details class="hidden-section" data-hidden="Reveal"><summary>Show the reveal<\/summary><p>Answer\.<\/p><\/details>/);
    expect(html.match(/<section class="slide" data-slide/g)).toHaveLength(4);
    expect(html).toContain('<section class="slide" data-slide="" aria-labelledby="discuss">');
  });
});

test('tables scroll in a focusable region; task-list boxes print as boxes', () => {
  const html = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] check', ctx());
  expect(html).toMatch(/^<div class="table-wrap" role="region" tabindex="0" aria-label="[^"]+"><table>/);
  expect(html).toContain('<span class="task-box" aria-hidden="true">☐</span>');
  expect(html).not.toContain('<input');
});

test('plainText strips tags and emphasis', () => {
  expect(plainText('about <Fig s="a" calc="x">2.5 *times*</Fig>')).toBe('about 2.5 times');
});

describe("the story's number check runs over kit text", () => {
  // One data row: DEA's 50.6 million pills (the index the build reads from content/data/).
  const numbers = indexRows(['dea_a', 'npr'], [{ source_id: 'dea_a', value: '50.6', unit: 'million pills' }]);
  const checked = (): MarkupContext => ({ ...ctx(), numbers });

  test('a figure in a row with its source passes; the kit numbering its steps is not a figure', () => {
    expect(() => renderMarkdown('## Part 2 (45 min)\n\n1. Seized <Fig s="dea_a">50.6 million</Fig> pills.', checked())).not.toThrow();
    expect(() => renderInline('a <Fig s="npr" calc="50.6 ÷ 20">2.5 times</Fig> rise', checked())).not.toThrow();
  });

  test('a figure in no row with its source fails with file and line, in Markdown and in a YAML field', () => {
    expect(() => renderMarkdown('Intro.\n\nSeized <Fig s="dea_a">51 million</Fig> pills.', checked()))
      .toThrow('test.md, line 3: 51 is not in any data row with source dea_a (add calc="…" if derived): <Fig s="dea_a">51 million</Fig>');
    expect(() => renderInline('Seized <Fig s="npr">50.6 million</Fig> pills.', checked())).toThrow(/test\.md, line 1: 50\.6 is not in any data row with source npr/);
  });
});

test('heading ids are the ones GitHub gives the same Markdown file (github-slugger), repeats numbered', () => {
  const html = renderMarkdown("## What's in the kit\n\n### Claim 3: about 500,000 reversed\n\n## Notes\n\n## Notes", ctx());
  expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(['whats-in-the-kit', 'claim-3-about-500000-reversed', 'notes', 'notes-1']);
});
