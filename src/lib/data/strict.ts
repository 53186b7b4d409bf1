/**
 * Strict objects for every schema a contributor writes by hand (chart specs, story YAML,
 * classroom YAML, frontmatter): an unknown key is an error that names the key and, when a known
 * key is close, suggests it. Without this a typo in an optional key (`notse:`, `embedable:`)
 * silently drops what the author meant.
 *
 *   strictObject({ notes: …, embeddable: … })  →  `unknown key "notse" (did you mean "notes"?)`
 */
import { z } from 'astro/zod';

/** Edit distance with adjacent transpositions counted as one edit ("notse" → "notes" is 1). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known word closest to `word`, if it is close enough to be a typo of it. */
export function closest(word: string, known: readonly string[]): string | undefined {
  const w = word.toLowerCase().replace(/[-_\s]/g, '');
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const k = key.toLowerCase().replace(/[-_\s]/g, '');
    const distance = w === k ? 0 : editDistance(w, k);
    if (distance <= Math.max(1, Math.floor(Math.min(w.length, k.length) / 3)) && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

/** ` (did you mean "notes"?)`, or an empty string when nothing is close. */
export function didYouMean(word: string, known: readonly string[]): string {
  const hit = closest(word, known);
  return hit ? ` (did you mean "${hit}"?)` : '';
}

/** The message for keys an object does not allow, with a suggestion for each. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  return keys.map((k) => `unknown key "${k}"${didYouMean(k, known)}`).join('; ');
}

/** `z.object(shape)` that rejects unknown keys with `unknown key "x" (did you mean "y"?)`. */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, known) : undefined),
  });
}
