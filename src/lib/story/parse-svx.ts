/** Plain-text facts about a story .svx file, computed at build time without compiling it. */
import type { SlotRef } from './schema';

const ATTR = (name: string) => new RegExp(`\\b${name}="([^"]*)"`);

/** Every <ChartSlot> and <Interactive> in the source, in order. */
export function findSlots(source: string): SlotRef[] {
  const refs: SlotRef[] = [];
  for (const m of source.matchAll(/<(ChartSlot|Interactive)\b([^>]*)\/?>/g)) {
    const attrs = m[2] ?? '';
    const id = ATTR('id').exec(attrs)?.[1];
    if (!id) throw new Error(`<${m[1]}> without an id: ${m[0]}`);
    const view = m[1] === 'ChartSlot' ? ATTR('view').exec(attrs)?.[1] : undefined;
    refs.push({ kind: m[1] === 'ChartSlot' ? 'chart' : 'interactive', id, ...(view ? { view } : {}) });
  }
  return refs;
}

/** Words a reader reads: tags and markdown marks removed. */
export function countWords(body: string): number {
  const plain = body.replace(/<[^>]+>/g, ' ').replace(/[#*_>`-]+/g, ' ');
  return plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read, at 230 words a minute, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Source ids cited by the tags (s="a b"), in order of first use. */
export function citedSources(source: string): string[] {
  const ids = [...source.matchAll(/\bs="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)).filter(Boolean);
  return [...new Set(ids)];
}
