/**
 * Geometry for horizontal bar rows (one row per record, e.g. one poll question), computed at
 * build time: every text line is wrapped for a 320 px screen and given its y in px; bar lengths
 * are percentages of the plot width on one shared 0–max scale. One row per record, every record
 * in exactly one panel, or the build fails.
 */
import { formatNumber, withQualifier } from '../../lib/format';
import type { SourceRecord } from '../../lib/charts/types';
// On-chart credit names the originating agency, never the reprint (issue 10).
import { markSource } from '../shared/mark-source';
import { t } from '../../lib/i18n/t';
import { LayoutError, matchRow, toNumber, wrapWords, type LayoutRow } from '../shared/rows';
import type { BarRowsSpec } from './schema';
import type { BarMark, BarRowsLayout } from './types';

export const BARS = {
  /** Characters per line of a 13 px label / 12 px detail that fit 280 px. */
  labelChars: 38,
  /** The value line is bold: fewer characters fit. */
  valueChars: 32,
  detailChars: 42,
  labelLine: 17,
  detailLine: 15,
  bar: 14,
  rowGap: 20,
  top: 30,
  /** Characters of the one-line label and value of the static drawing (SVG/PNG card). */
  cardLabelChars: 78,
  cardValueChars: 44,
  /** Gap above a panel's footnotes. */
  footGap: 4,
} as const;

/** Footnote numbers written as superscripts ("¹²"). */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');

/** The first line of `text` wrapped at `chars`, with " …" when words were left out. */
function firstLine(text: string, chars: number): string {
  const lines = wrapWords(text, chars);
  return lines.length > 1 ? `${lines[0]} …` : (lines[0] ?? '');
}

// Bars take numbers only (a poll share written as text is a data error).
const num = (row: LayoutRow, field: string) => toNumber(row, field, 'draw a bar', false);

/** "{pollster} · {field_dates}" with each field's text; an empty field reads "not stated". */
export function fillTemplate(template: string, row: LayoutRow): string {
  return template.replace(/\{([a-z_]+)\}/g, (_m, field: string) => {
    const v = row[field];
    return v === null || v === undefined || String(v).trim() === '' ? t('chartFigure.notStated') : String(v);
  });
}

export function layoutBarRows(
  spec: BarRowsSpec,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
  views: ReadonlyMap<string, string[]> = new Map(),
): BarRowsLayout {
  const used = new Set<LayoutRow>();
  const colourBy = spec.colourBy;
  if (colourBy) {
    for (const value of Object.keys(colourBy.colours)) {
      if (!rows.some((r) => String(r[colourBy.field] ?? '') === value)) throw new LayoutError(`colourBy: value "${value}" of field "${colourBy.field}" matches no row`);
    }
  }
  const panels = spec.panels.map((panel) => {
    const own = rows.filter((r) => matchRow(r, panel.match));
    const isAgainst = (r: LayoutRow) => spec.against !== undefined && spec.against.values.includes(String(r[spec.against.field] ?? ''));
    let y = BARS.top;
    // The outline's key sits under the panel label when any of its answers is against.
    const againstKey = spec.against && own.some(isAgainst) ? { text: spec.against.key, y: BARS.top + 2 } : null;
    if (againstKey) y += BARS.detailLine + 6;
    const footnotes: { text: string; y: number }[] = [];
    const asFootnote = spec.detailAs === 'footnote';
    const marks: BarMark[] = own.map((r, i) => {
      if (used.has(r)) throw new LayoutError(`a row is in more than one panel (panel "${panel.key}")`);
      used.add(r);
      const value = num(r, spec.value);
      if (value < 0 || value > spec.max) throw new LayoutError(`panel "${panel.key}": ${value} is outside 0–${spec.max}`);
      const label = String(r[spec.label] ?? '');
      const words = spec.valueWords ? String(r[spec.valueWords] ?? '') : '';
      const number = withQualifier(r.qualifier, formatNumber(value, spec.format));
      const valueText = words ? t('chartMarks.barWords', { value: number, words }) : number;
      const detail = spec.detail ? fillTemplate(spec.detail, r) : '';
      const line = (texts: string[], height: number) => texts.map((text) => {
        y += height;
        return { text, y: y - 4 };
      });
      // As a footnote, the detail's number follows the question (kept on its last line).
      const mark = asFootnote && detail ? ` ${superscript(i + 1)}` : '';
      const labelLines = line(wrapWords(label + mark, BARS.labelChars), BARS.labelLine);
      if (asFootnote && detail) footnotes.push(...wrapWords(`${superscript(i + 1)} ${detail}`, BARS.detailChars).map((text) => ({ text, y: 0 })));
      const detailLines = detail && !asFootnote ? line(wrapWords(detail, BARS.detailChars), BARS.detailLine) : [];
      const valueLines = line(wrapWords(valueText, BARS.valueChars), BARS.labelLine);
      const barY = y + 2;
      y = barY + BARS.bar + BARS.rowGap;
      const source = sources.get(r.source_id);
      return {
        id: `${panel.key}-${i + 1}`,
        labelLines, detailLines, valueLines,
        cardLabel: firstLine(label, BARS.cardLabelChars),
        cardValue: firstLine(valueText, BARS.cardValueChars),
        y: barY,
        height: BARS.bar,
        widthPct: Math.round((value / spec.max) * 10000) / 100,
        colour: (colourBy && colourBy.colours[String(r[colourBy.field] ?? '')]) ?? panel.colour,
        ...(isAgainst(r) ? { against: true as const } : {}),
        description: t('chartMarks.bar', { label, detail: detail ? t('chartMarks.barDetail', { detail }) : '', value: valueText }),
        sourceLine: markSource(source, r.source_id),
      };
    });
    if (marks.length === 0) throw new LayoutError(`panel "${panel.key}" matches no rows`);
    if (footnotes.length > 0) y += BARS.footGap;
    for (const f of footnotes) {
      y += BARS.detailLine;
      f.y = y - 4;
    }
    return { key: panel.key, label: panel.label, height: y, marks, againstKey, footnotes, views: views.get(panel.key) ?? [] };
  });
  if (used.size !== rows.length) throw new LayoutError(`${rows.length - used.size} selected row(s) fall in no panel`);
  return { type: 'bar-rows', panels };
}
