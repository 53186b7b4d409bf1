/**
 * Dictionary keys in code and in content/ui/en.yaml agree: every key code names (t('…'),
 * tParts('…'), tForms('…'), <Words k="…">, also built keys like `embed.forms.${kind}.label`) is a text of the
 * dictionary, and every text of the dictionary is used somewhere. `npm run check` catches most
 * of the first half through t()'s key type; this catches what a cast or a string hides.
 */
import { globSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { dictionary } from '../../src/lib/i18n/dictionary';

const leaves = (v: unknown, prefix = ''): string[] =>
  v && typeof v === 'object' && typeof (v as { other?: unknown }).other !== 'string'
    ? Object.entries(v).flatMap(([k, x]) => leaves(x, prefix ? `${prefix}.${k}` : k))
    : [prefix];
const KEYS = leaves(dictionary('en'));

const code = globSync('src/**/*.{ts,astro,svelte}').filter((f) => !f.endsWith('.test.ts')).map((f) => ({ f, s: readFileSync(f, 'utf8') }));
const USE = /\b(?:t|tParts|tr|tTemplate|tForms)\(\s*(['"`])([\w.${}]+)\1|\bk=(["'])([\w.]+)\3/g;
const uses = code.flatMap(({ f, s }) => [...s.matchAll(USE)].map((m) => ({ f, key: m[2] ?? m[4]! })))
  // `t("${key}")` in an error message is not a use.
  .filter((u) => !/^\$\{\w+\}$/.test(u.key));

test('every key used in code is in the dictionary', () => {
  const missing = uses.filter((u) => {
    if (!u.key.includes('${')) return !KEYS.includes(u.key);
    const pattern = new RegExp(`^${u.key.replace(/\./g, '\\.').replace(/\$\{[^}]*\}/g, '[^.]+')}$`);
    return !KEYS.some((k) => pattern.test(k));
  });
  expect(uses.length).toBeGreaterThan(50);
  expect(missing.map((u) => `${u.f}: ${u.key}`)).toEqual([]);
});

// A word group handed whole to browser code — an island's (islandWords('predict', …),
// lib/i18n/words.ts) or a form's data attribute (dictionary(locale).classroom.tallyMessages) —
// is used key by key where that code reads it: `w.reveal`, `w.score.none`, `m.skipped`…
const groupUses = code.flatMap(({ s }) => [
  ...[...s.matchAll(/\bislandWords\(\s*'(\w+)'/g)].map((m) => `interactives.${m[1]!}`),
  ...[...s.matchAll(/\bdictionary\([^)]*\)\.([\w.]+)/g)].map((m) => m[1]!),
]);
const usedByGroup = (key: string) => {
  const group = groupUses.find((g) => key.startsWith(`${g}.`));
  if (!group) return false;
  // The leaf name, read through the group's object (compare.head is w.head in
  // stance-compare.ts, whose words are the compare group).
  const leaf = key.slice(group.length + 1).split('.').at(-1)!;
  return code.some(({ s }) => new RegExp(`\\b[wm]\\.(?:\\w+\\.)?${leaf}\\b`).test(s));
};

test('every text in the dictionary is used in code', () => {
  const patterns = uses.map((u) => new RegExp(`^${u.key.replace(/\./g, '\\.').replace(/\$\{[^}]*\}/g, '[^.]+')}$`));
  expect(groupUses.length, 'islands given their words').toBeGreaterThanOrEqual(4);
  expect(KEYS.filter((k) => !patterns.some((p) => p.test(k)) && !usedByGroup(k))).toEqual([]);
});
