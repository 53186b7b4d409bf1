/**
 * The evidence-packets page body as hast, from evidence-packets.yaml: one packet per side,
 * each item with its claim, evidence, kind of evidence, chart and caveat. Each packet starts a
 * printed page. Page and Word file share it.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { chartRefHast } from './chart-ref';
import { renderInlineHast, type MarkupContext } from './markup';
import type { EvidencePackets } from './schemas';
import { t } from '../i18n/t';


export function evidenceHast(data: EvidencePackets, ctx: MarkupContext, href: (p: string) => string): ElementContent[] {
  return data.packets.map((p) => {
    const inline = (value: string, where: string) => renderInlineHast(value, { ...ctx, file: `content/classroom/evidence-packets.yaml (${where})` });
    return h(`section.position.side-${p.id}.packet`, { ariaLabelledby: `packet-${p.id}` }, [
      h('h2', { id: `packet-${p.id}` }, p.title),
      h('p', inline(p.intro, p.id)),
      h('ol.evidence-items', p.items.map((i) => {
        if (!ctx.sources.has(i.source_id)) throw new Error(`content/classroom/evidence-packets.yaml (${p.id}): item ${i.id} names unknown source_id "${i.source_id}"`);
        return h('li.card.node', { id: i.id }, [
          h('h3', inline(i.claim, i.id)),
          h('p', [h('strong', t('classroom.evidencePackets.evidence')), ' ', ...inline(i.figure, i.id)]),
          h('p.small', [
            h('strong', t('classroom.evidencePackets.kind')), ` ${t(`classroom.evidencePackets.kinds.${i.evidence_kind}`)}${i.study_design ? ` (${i.study_design})` : ''} · `,
            h('strong', t('classroom.evidencePackets.chart')), ' ', chartRefHast({ chart: i.chart, ...(i.view ? { view: i.view } : {}) }, href),
          ]),
          h('p', [h('strong', t('classroom.evidencePackets.caveat')), ' ', ...inline(i.caveat, i.id)]),
        ]);
      })),
    ]);
  });
}
