/**
 * One element per tag on every page: the story's Fig.svelte / Q.svelte (server render) and the
 * kit's remark pipeline (lib/classroom/markup.ts) give the same tag, classes and data attributes.
 */
import { describe, expect, test } from 'vitest';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import Fig from '../../components/story/Fig.svelte';
import Q from '../../components/story/Q.svelte';
import { Citations, renderInline, type SourceInfo } from '../classroom/markup';
import { chartIndexFrom } from '../classroom/chart-index';

const sources = new Map<string, SourceInfo>([
  ['dea_a', { source_id: 'dea_a', publisher: 'DEA', title: 'A' }],
  ['npr', { source_id: 'npr', publisher: 'NPR', title: 'N' }],
]);
const kit = (text: string) => renderInline(text, { file: 'test.md', sources, charts: chartIndexFrom([]), citations: new Citations(sources), href: (p) => p })
  .replace(/<sup class="fig-(?:ref|calc)">.*?<\/sup>/g, ''); // the kit's numbered source marks (print citation)
const words = (text: string) => createRawSnippet(() => ({ render: () => `<!---->${text}` }));
const story = (component: typeof Fig | typeof Q, props: Record<string, string>, text: string) =>
  render(component as typeof Fig, { props: { ...(props as { s: string }), children: words(text) } }).body.replace(/<!--[^>]*-->/g, '');

describe('the story and the kit render a tag alike', () => {
  test('a figure', () => {
    expect(story(Fig, { s: 'dea_a npr' }, '50.6 million')).toBe('<span class="fig" data-s="dea_a npr">50.6 million</span>');
    expect(kit('<Fig s="dea_a npr">50.6 million</Fig>')).toBe(story(Fig, { s: 'dea_a npr' }, '50.6 million'));
  });
  test('a calculated figure', () => {
    expect(kit('<Fig s="dea_a" calc="50.6 ÷ 20 = 2.53">2.5 times</Fig>')).toBe(story(Fig, { s: 'dea_a', calc: '50.6 ÷ 20 = 2.53' }, '2.5 times'));
  });
  test('a quotation', () => {
    expect(story(Q, { s: 'npr', who: 'Anne Milgram' }, 'We are not getting information.')).toBe('<q class="quote" data-s="npr" data-who="Anne Milgram">We are not getting information.</q>');
    expect(kit('<Q s="npr" who="Anne Milgram">We are not getting information.</Q>')).toBe(story(Q, { s: 'npr', who: 'Anne Milgram' }, 'We are not getting information.'));
  });
});
