/**
 * Balance report for the story: how many words each side gets under its "case" headings and
 * under its "critique" headings, and the critique share per side. A section declares its side
 * in frontmatter (`side: supply` or `side: demand`); headings (any level from ###) whose text
 * contains "critique" open a critique block, headings containing "case" open a case block,
 * and any other heading closes the block. Balance is not equal word counts (the evidence is
 * thicker on some questions than others), but the numbers make framing visible: issue 11.
 */
import { parse as parseYaml } from 'yaml';
import { countWords } from './parse-svx';

export type Side = 'supply' | 'demand';
export type BlockKind = 'case' | 'critique';

export interface Block {
  file: string;
  side: Side;
  heading: string;
  /** The enclosing ### heading when the block is a #### under an option ("Naloxone"). */
  option?: string;
  kind: BlockKind;
  words: number;
  text: string;
}

export interface SideTotals {
  side: Side;
  caseWords: number;
  critiqueWords: number;
  /** critique ÷ (case + critique), 0–1. */
  critiqueShare: number;
}

/** "case" or "critique" for a heading, or undefined for any other heading. */
export function classifyHeading(heading: string): BlockKind | undefined {
  if (/\bcritique\b/i.test(heading)) return 'critique';
  if (/\bcase\b/i.test(heading)) return 'case';
  return undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The case and critique blocks of one section (none if the section declares no side). */
export function sectionBlocks(file: string, source: string, classify = classifyHeading): Block[] {
  const fm = FRONTMATTER.exec(source);
  const side = (fm ? (parseYaml(fm[1] ?? '') as { side?: unknown })?.side : undefined) as Side | undefined;
  if (side !== 'supply' && side !== 'demand') return [];
  const body = fm ? source.slice(fm[0].length) : source;
  const blocks: Block[] = [];
  let current: { heading: string; option?: string; kind: BlockKind; lines: string[] } | undefined;
  let option: string | undefined;
  const close = () => {
    if (!current) return;
    const text = current.lines.join('\n');
    blocks.push({ file, side, heading: current.heading, ...(current.option ? { option: current.option } : {}), kind: current.kind, words: countWords(text), text });
    current = undefined;
  };
  for (const line of body.split(/\r?\n/)) {
    const h = /^(#{3,6})\s+(.*)$/.exec(line);
    if (h) {
      close();
      const heading = (h[2] ?? '').trim();
      const kind = classify(heading);
      if (h[1] === '###') option = kind ? undefined : heading;
      if (kind) current = { heading, ...(h[1] !== '###' && option ? { option } : {}), kind, lines: [] };
      continue;
    }
    current?.lines.push(line);
  }
  close();
  return blocks;
}

export function totals(blocks: Block[]): SideTotals[] {
  return (['supply', 'demand'] as const).map((side) => {
    const own = blocks.filter((b) => b.side === side);
    const caseWords = own.filter((b) => b.kind === 'case').reduce((n, b) => n + b.words, 0);
    const critiqueWords = own.filter((b) => b.kind === 'critique').reduce((n, b) => n + b.words, 0);
    const all = caseWords + critiqueWords;
    return { side, caseWords, critiqueWords, critiqueShare: all ? critiqueWords / all : 0 };
  });
}

/**
 * Sentences in a critique that answer the critique ("Advocates answer that …"): a critique
 * should state the objection at its strongest and leave the reply to the case or the closing.
 */
export function rebuttalsInCritiques(blocks: Block[]): string[] {
  const REPLY = /\b(advocates|supporters|defenders|proponents)\s+(answer|reply|respond|counter|retort)\b|\bthe same defen[cs]e\b/i;
  return blocks
    .filter((b) => b.kind === 'critique')
    .flatMap((b) => b.text.split(/(?<=[.!?])\s+/).filter((s) => REPLY.test(s)).map((s) => `${b.file} (${b.heading}): ${s.trim()}`));
}

/** A printable table: one line per block, then the totals per side. */
export function report(blocks: Block[]): string {
  const lines = ['Balance: words under case and critique headings (content/story, sections with a side)'];
  for (const b of blocks) lines.push(`  ${b.side.padEnd(6)} ${b.kind.padEnd(8)} ${String(b.words).padStart(4)}  ${b.file}: ${b.option ? `${b.option} / ` : ''}${b.heading}`);
  for (const t of totals(blocks)) {
    lines.push(`  ${t.side}: case ${t.caseWords}, critique ${t.critiqueWords}, critique share ${(t.critiqueShare * 100).toFixed(0)}%`);
  }
  return lines.join('\n');
}
