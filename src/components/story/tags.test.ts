/** Server render of a .svx section through StorySection: what each story tag becomes. */
import { describe, expect, test } from 'vitest';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import StorySection from './StorySection.svelte';
import Sample from './fixtures/sample.svx';
import path from 'node:path';
import { addStoryImports, paragraphsFromInlineTags, promoteChapterHeadings } from '../../lib/story/svx-tags.mjs';

const glossary = new Map([['nii', { id: 'nii', term: 'non-intrusive inspection', definition: 'Scanning a vehicle without opening it.' }]]);
const island = createRawSnippet(() => ({ render: () => '<figure id="chart-present"><svg></svg></figure>' }));

function renderSample(extra: Record<string, unknown> = { 'island-0': island }, slotKeys = ['chart--present']) {
  return parse(render(StorySection, { props: { section: Sample, glossary, glossaryHref: '/', slotKeys, ...extra } }).body);
}

describe('story tags render on the server', () => {
  const doc = renderSample();

  test('Fig keeps the words and carries sources and derivation', () => {
    const figs = doc.querySelectorAll('.fig');
    expect(figs.map((f) => f.textContent)).toEqual(['2022', 'about two']);
    expect(figs[1]?.getAttribute('data-calc')).toBe('1 + 1');
    expect(figs[0]?.getAttribute('data-s')).toBe('src_a');
  });

  test('Q is a <q> (the browser adds the quotation marks)', () => {
    const q = doc.querySelector('q.quote');
    expect(q?.textContent).toBe('Quoted words');
    expect(q?.getAttribute('data-who')).toBe('A Speaker');
  });

  test('Claim ends with a text evidence label', () => {
    const claim = doc.querySelector('.claim');
    expect(claim?.getAttribute('data-kind')).toBe('official-count');
    expect(claim?.querySelector('.evidence')?.textContent).toBe(' (evidence: official count)');
    // The label is a button that opens its kind's explanation (one popover per kind, EvidenceKey).
    expect(claim?.querySelector('button.evidence')?.getAttribute('popovertarget')).toBe('evidence-key-official-count');
  });

  test('Term is a native button opening a popover that links to the glossary list', () => {
    const button = doc.querySelector('button.term');
    expect(button?.textContent).toBe('scanner term');
    const pop = doc.getElementById(button?.getAttribute('popovertarget') ?? '');
    expect(pop?.getAttribute('popover')).toBe('auto');
    expect(pop?.textContent).toContain('Scanning a vehicle without opening it.');
    expect(pop?.querySelector('a')?.getAttribute('href')).toBe('/#glossary-nii');
  });

  test('a chart that exists renders its island; one that does not renders nothing (no placeholder reaches readers)', () => {
    expect(doc.querySelector('#chart-present svg')).not.toBeNull();
    expect(doc.querySelector('[data-chart-coming]')).toBeNull();
    expect(doc.textContent).not.toMatch(/Chart coming|not-yet/);
  });

  test('a paragraph that opens with <Claim> is a real paragraph: its Markdown is parsed (issue 12 item 7)', () => {
    const para = doc.querySelector('.claim')?.parentNode;
    expect(para?.tagName).toBe('P');
    expect(para?.querySelectorAll('strong').map((e) => e.textContent)).toContain('bold');
    expect(para?.querySelectorAll('em').map((e) => e.textContent)).toContain('emphasis');
    expect(doc.textContent).not.toContain('*');
  });

  test('markdown headings inside a section are h3', () => {
    expect(doc.querySelector('h3')?.textContent).toBe('A heading');
  });

  test('a declared island that was not passed fails loudly', () => {
    expect(() => renderSample({}, ['chart--present'])).toThrow(/no island passed/);
  });
});

describe('svx tag imports', () => {
  test('chapter headings are promoted one level (the chapter title is the page h1); code fences are not', () => {
    expect(promoteChapterHeadings('### A\n#### B\ntext ### no\n```\n### x\n```')).toBe('## A\n### B\ntext ### no\n```\n### x\n```');
  });

  test('only paragraphs that open with an inline tag get the empty expression in front', () => {
    const src = '---\ntitle: x\n---\n<Claim kind="a">x</Claim> **b**\n\n<Box id="m">\n\n<Fig s="a">1</Fig>\n</Box>\n\n```\n<Fig>\n```\nText <Claim>y</Claim>\n';
    expect(paragraphsFromInlineTags(src).split('\n')).toEqual([
      '---', 'title: x', '---', `{null}<Claim kind="a">x</Claim> **b**`, '', '<Box id="m">', '', `{null}<Fig s="a">1</Fig>`, '</Box>', '', '```', '<Fig>', '```', 'Text <Claim>y</Claim>', '',
    ]);
  });

  test('the import script goes first and the frontmatter becomes blank lines', () => {
    const out = addStoryImports('---\ntitle: x\nfor: y\n---\nText', path.resolve('content/story/fallback/a.svx'));
    expect(out).toMatch(/^<script>\n {2}import \{ Fig, Q, Claim, Term, ChartSlot, Interactive, Box, EvidenceKey, FactCheck, VerdictScale, Unmeasured, ReadMore \} from '\.\.\/\.\.\/\.\.\/src\/components\/story\/tags\.ts';\n<\/script>\n/);
    expect(out.endsWith('\n\n\n\nText')).toBe(true);
    expect(out).not.toContain('for: y');
  });
});
