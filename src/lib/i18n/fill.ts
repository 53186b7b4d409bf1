/**
 * Fills a dictionary text in the browser. Islands get their words as a prop (the part of
 * content/ui/<locale>.yaml they need, lib/i18n/words.ts) and fill the `{name}` placeholders
 * here; t() itself reads the dictionary from disk and is build-time only. Like t(), a
 * placeholder without a value throws, so "{year}" never reaches a reader.
 *
 *   fill(words.handle, { year: 2023 })        → "Your guess for 2023"
 *   plural(words.polls, 3, 'en-US')            → "The 3 polls: wording, dates and sources"
 *   parts(words.result, ['scanned'])           → ["At 8%, between ", { slot: 'scanned' }, …]
 */
import type { PluralForms } from './schema';

export type Values = Record<string, string | number>;

export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`"${template}" needs a value for {${name}}`);
    return String(v);
  });
}

/** The plural form for `count` (Intl.PluralRules of `intl`), filled with `count` and `values`. */
export function plural(forms: PluralForms, count: number, intl: string, values: Values = {}): string {
  const category = new Intl.PluralRules(intl).select(count) as keyof PluralForms;
  return fill(forms[category] ?? forms.other, { count: new Intl.NumberFormat(intl).format(count), ...values });
}

/**
 * A text split around the placeholders named in `slots` (for markup such as <strong> around a
 * value); the other placeholders are filled from `values`.
 */
export function parts(template: string, slots: readonly string[], values: Values = {}): (string | { slot: string })[] {
  const out: (string | { slot: string })[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1]!;
    if (!slots.includes(name)) continue;
    out.push(fill(template.slice(last, m.index), values), { slot: name });
    last = m.index + m[0].length;
  }
  out.push(fill(template.slice(last), values));
  return out.filter((p) => p !== '');
}
