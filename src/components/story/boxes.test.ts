/** Server render of the method box, the unmeasured box and a fact-check item (issue 11). */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import StorySection from './StorySection.svelte';
import EvidencePopovers from './EvidencePopovers.svelte';
import Boxes from './fixtures/boxes.svx';
import { EVIDENCE_KINDS } from './evidence-kinds';
import type { FactChecks } from '../../lib/story/schema';

const factChecks: FactChecks = {
  scale: [
    { id: 'accurate', label: 'Accurate', meaning: 'Matches.' }, { id: 'needs-context', label: 'Needs context', meaning: 'Right but.' },
    { id: 'misleading', label: 'Misleading', meaning: 'Misused.' }, { id: 'not-supported', label: 'Not supported', meaning: 'No.' },
    { id: 'cannot-be-verified', label: 'Cannot be verified', meaning: 'No source.' },
  ],
  checks: [{
    id: 'x-check', side: 'demand', claimant: 'A Person', claimant_type: 'person', claimant_role: 'a role', reviewed: '2026-12-02', date: '2023-02-21', claim: 'Their words.',
    wording: 'verbatim', claim_source: 'src_b', verdict: 'needs-context', verdict_summary: 'Right, but.', cannot_show: 'What nobody counted.', source_ids: ['src_a'],
  }],
};
const unmeasured = [
  { side: 'supply' as const, intervention: 'Scanners', outcome: 'deaths', note: 'No study', source_id: 'src_a' },
  { side: 'demand' as const, intervention: 'Test strips', outcome: 'deaths', note: 'No trial', source_id: 'src_b' },
];
const renderBoxes = (props: Record<string, unknown> = { factChecks, unmeasured }) =>
  parse(render(StorySection, { props: { section: Boxes, glossary: new Map(), glossaryHref: '/', slotKeys: [], ...props } }).body);

describe('method and unmeasured boxes', () => {
  const doc = renderBoxes();

  test('a Box is a labeled aside whose Markdown is parsed', () => {
    const box = doc.querySelector('aside#method');
    expect(box?.getAttribute('aria-labelledby')).toBe('method-title');
    expect(box?.querySelector('h3')?.textContent).toBe('How we check claims');
    expect(box?.querySelector('strong')?.textContent).toBe('bold');
  });

  test('the verdict scale and the label key list every step and kind; each kind has one popover', () => {
    expect(doc.querySelectorAll('.verdict-scale .verdict').map((v) => v.textContent)).toEqual(factChecks.scale.map((v) => v.label));
    expect(doc.querySelectorAll('#evidence-key dt')).toHaveLength(Object.keys(EVIDENCE_KINDS).length);
    // The popovers are written once per page, beside the key (EvidencePopovers), not inside it.
    const popovers = parse(render(EvidencePopovers, { props: {} }).body);
    for (const kind of Object.keys(EVIDENCE_KINDS)) expect(popovers.getElementById(`evidence-key-${kind}`)?.getAttribute('popover')).toBe('auto');
  });

  test('"What nobody has measured" groups the gaps by side', () => {
    expect(doc.querySelector('[data-side="supply"] li')?.textContent).toBe('Scanners. No study.');
    expect(doc.querySelector('[data-side="demand"] li')?.getAttribute('data-s')).toBe('src_b');
  });

  test('a fact-check shows claimant, date, words, verdict chip, the evidence and what the data cannot show', () => {
    const item = doc.querySelector('#fact-check-x-check');
    expect(item?.querySelector('.fact-check-claim q')?.textContent).toBe('Their words.');
    expect(item?.querySelector('.fact-check-claimant')?.textContent).toContain('A Person, a role, February 21, 2023');
    expect(item?.querySelector('.verdict')?.textContent).toBe('Needs context');
    expect(item?.querySelector('.fact-check-evidence .fig')?.textContent).toBe('2022');
    expect(item?.querySelector('.fact-check-limit')?.textContent).toContain('What nobody counted.');
    expect(item?.getAttribute('data-s')).toBe('src_b src_a');
  });

  test('a fact-check id that is not in the data fails loudly, as does a box without its data', () => {
    expect(() => renderBoxes({ factChecks: { ...factChecks, checks: [] }, unmeasured })).toThrow(/no such check/);
    expect(() => renderBoxes({ factChecks })).toThrow(/no unmeasured effects/);
  });
});
