/**
 * A kit document (lib/classroom/kit-docs.ts) → a .docx file: kicker, title, the body (the same
 * hast as the page), the numbered sources with their bookmarks (so the superscripts link to
 * them), and a footer naming the page it came from. Letter paper, Arial, editable everywhere
 * (Word, Google Docs, LibreOffice, Pages).
 */
import { AlignmentType, Document, Footer, LevelFormat, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { ElementContent } from 'hast';
import { absolute, href } from '../../paths';
import { SITE } from '../../site';
import { chartPng, CHART_IMAGE } from '../chart-image';
import { chartKey } from '../chart-block';
import { citedHast } from '../cited-hast';
import type { KitDocModel } from '../kit-docs';
import { blocks, type DocxContext } from './hast-to-docx';
import { t } from '../../i18n/t';


export async function buildDocx(model: KitDocModel, site: URL | undefined): Promise<Uint8Array> {
  const images: DocxContext['images'] = new Map(model.charts.map(({ ref, bundle }) => [
    `chart:${chartKey(ref)}`, { data: chartPng(bundle, ref.view, site), ...CHART_IMAGE },
  ]));
  const base = href('/');
  const ctx: DocxContext = {
    // Page links carry the base path already (href()); absolute() adds it again, so strip it.
    absolute: (link) => (/^[a-z]+:/i.test(link) ? link : absolute(link.startsWith(base) ? `/${link.slice(base.length)}` : link, site)),
    images,
    lists: 0,
  };
  const head: ElementContent[] = [
    { type: 'element', tagName: 'p', properties: { className: ['kicker'] }, children: [{ type: 'text', value: model.entry.kicker }] },
    { type: 'element', tagName: 'h1', properties: {}, children: [{ type: 'text', value: model.title }] },
  ];
  const cited = citedHast(model.citations, model.compactSources);
  const body = blocks([...head, ...model.body, ...(cited ? [cited] : [])], ctx);
  const url = absolute(model.entry.page, site);
  const doc = new Document({
    creator: SITE.name,
    title: model.title,
    description: model.description,
    styles: {
      default: { document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120 } } } },
    },
    numbering: {
      config: [{
        reference: 'kit-numbers',
        levels: [0, 1, 2].map((level) => ({
          level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      }],
    },
    sections: [{
      properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } },
      footers: {
        default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: t('classroom.docxFooter', { site: SITE.name, url }), size: 16, color: '555555' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '555555' })] })] }),
      },
      children: body,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
