/**
 * Numbers written as words, per language, for the number rule (number-check.ts): "twenty-seven
 * percent", "a quarter of", "twice", "tenfold", "three in four" are figures like any digit and
 * need a <Fig s="…"> (or calc="…") or a <Q>. Everyday counting words are not figures, so the
 * list is deliberate (README, "Number words"):
 *
 *   percent    a number word before percent / per cent / percentage point(s)
 *   ratio      "three in four", "nine out of ten"
 *   fraction   "half of / half the…", "more than half", "a third of", "two-thirds", "three quarters"
 *   multiple   twice, thrice, doubled, tripled, quadrupled, halved, tenfold / ten-fold,
 *              "fifty times more / as / the…"
 *   count      any number word worth ten or more ("eighteen states", "a million", "a dozen")
 *   vague      dozens / hundreds / thousands / millions / billions of, tens of thousands of
 *
 * Not figures: one to nine on their own ("two sides", "three options"), ordinals, "the second
 * half of 2023". Reviewed exceptions live in content/story/number-words-allow.yaml.
 *
 * Each language is one table of patterns, so Spanish ("veintisiete por ciento", "la mitad",
 * "el doble", "tres de cada cuatro") is a second entry, not a second checker.
 */

import type { Locale } from '../i18n/locales';

export type { Locale };
export type NumberWordKind = 'percent' | 'ratio' | 'fraction' | 'multiple' | 'count' | 'vague';

export interface NumberWord {
  index: number;
  text: string;
  kind: NumberWordKind;
  /** The value of a cardinal phrase ("twenty-seven" → 27), when it has one. */
  value?: number;
}

interface Language {
  /** Parse a cardinal phrase into its value, or undefined. */
  cardinal: (phrase: string) => number | undefined;
  /** A regex source matching one cardinal phrase (greedy, whole words). */
  cardinalSource: string;
  patterns: { kind: NumberWordKind; source: string }[];
}

const alt = (words: readonly string[]) => words.slice().sort((a, b) => b.length - a.length).join('|');

// ── English ─────────────────────────────────────────────────────────────────────────────────
const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_WORD = `(?:(?:${alt(EN_TENS.filter(Boolean))})(?:-(?:${alt(EN_UNITS.slice(1, 10))}))?|${alt(EN_UNITS)}|dozen)`;
const EN_CARDINAL = `(?:\\b(?:a\\s+(?=(?:dozen|hundred|thousand|million|billion)\\b))?${EN_WORD}(?:(?:\\s+|-)(?:and\\s+)?(?:${EN_WORD}|${alt(Object.keys(EN_SCALES))}))*\\b|\\ba\\s+(?:${alt(Object.keys(EN_SCALES))})\\b)`;

function enCardinal(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of phrase.toLowerCase().split(/[\s-]+/)) {
    const w = raw.trim();
    if (!w || w === 'and') continue;
    if (w === 'a') { current = 1; seen = true; continue; }
    const unit = EN_UNITS.indexOf(w);
    const ten = EN_TENS.indexOf(w);
    if (unit >= 0) current += unit;
    else if (ten >= 2) current += ten * 10;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (EN_SCALES[w]) { total += (current || 1) * EN_SCALES[w]!; current = 0; }
    else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

const EN: Language = {
  cardinal: enCardinal,
  cardinalSource: EN_CARDINAL,
  patterns: [
    { kind: 'percent', source: `${EN_CARDINAL}\\s*(?:percent|per\\s+cent|percentage\\s+points?)\\b` },
    { kind: 'ratio', source: `${EN_CARDINAL}\\s+(?:in|out\\s+of)\\s+${EN_CARDINAL}` },
    { kind: 'fraction', source: `\\b(?:(?:two|three|four|five|six|seven|eight|nine)[\\s-]+(?:halves|thirds|quarters|fifths|sixths|eighths|tenths))\\b` },
    { kind: 'fraction', source: `\\b(?:a|one)[\\s-]+(?:half|third|quarter|fifth|sixth|eighth|tenth)\\s+of\\b` },
    { kind: 'fraction', source: `\\b(?:(?:more|less|fewer)\\s+than|about|nearly|almost|over|under|roughly|around|just)\\s+half\\b` },
    { kind: 'fraction', source: `(?<!\\b(?:first|second|latter|former|other|back|front)\\s)\\bhalf\\s+(?:of|the|a|an|all|its|their)\\b` },
    { kind: 'fraction', source: `\\bone\\s+and\\s+a\\s+half\\b` },
    { kind: 'multiple', source: `\\b(?:twice|thrice|doubled|doubling|tripled|tripling|quadrupled|quadrupling|halved|halving)\\b` },
    { kind: 'multiple', source: `\\b(?:${EN_WORD}|hundred|thousand|many|several)-?fold\\b` },
    { kind: 'multiple', source: `${EN_CARDINAL}\\s+times\\s+(?:more|less|as|the|higher|greater|larger|smaller|lower|stronger|over|that)\\b` },
    { kind: 'vague', source: `\\b(?:tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|dozens|hundreds|thousands|millions|billions)\\s+of\\b` },
    { kind: 'count', source: EN_CARDINAL },
  ],
};

// ── Spanish ─────────────────────────────────────────────────────────────────────────────────
const ES_UNITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce',
  'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós',
  'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const ES_TENS: Record<string, number> = { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };
const ES_HUNDREDS: Record<string, number> = {
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400,
  quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800,
  ochocientas: 800, novecientos: 900, novecientas: 900,
};
const ES_SCALES: Record<string, number> = { mil: 1e3, 'millón': 1e6, millones: 1e6 };
const ES_WORD = `(?:${alt([...ES_UNITS, 'un', 'una', 'veintiún', ...Object.keys(ES_TENS), ...Object.keys(ES_HUNDREDS)])})`;
// A cardinal starts with a number word or "mil"; "millones" alone ("millones de personas") is vague, not a count.
const ES_CARDINAL = `(?<![\\p{L}])(?:${ES_WORD}|mil)(?:\\s+(?:y\\s+)?(?:${ES_WORD}|${alt(Object.keys(ES_SCALES))}))*(?![\\p{L}])`;

function esCardinal(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of phrase.toLowerCase().split(/\s+/)) {
    if (!w || w === 'y') continue;
    const unit = ES_UNITS.indexOf(w);
    if (unit >= 0) current += unit;
    else if (w === 'un' || w === 'una') current += 1;
    else if (w === 'veintiún') current += 21;
    else if (ES_TENS[w]) current += ES_TENS[w]!;
    else if (ES_HUNDREDS[w]) current += ES_HUNDREDS[w]!;
    else if (w === 'mil') { total += (current || 1) * 1e3; current = 0; }
    // "mil millones" is 10⁹: a scale after a number multiplies everything before it.
    else if (ES_SCALES[w]) { total = (total + current || 1) * ES_SCALES[w]!; current = 0; }
    else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

const ES: Language = {
  cardinal: esCardinal,
  cardinalSource: ES_CARDINAL,
  patterns: [
    { kind: 'percent', source: `${ES_CARDINAL}\\s+(?:por\\s+ciento|puntos?\\s+porcentuales)` },
    { kind: 'ratio', source: `${ES_CARDINAL}\\s+de\\s+cada\\s+${ES_CARDINAL}` },
    { kind: 'fraction', source: `(?<![\\p{L}])(?:la\\s+mitad|un\\s+tercio|una\\s+tercera\\s+parte|un\\s+cuarto|una\\s+cuarta\\s+parte|dos\\s+tercios|tres\\s+cuartos|tres\\s+cuartas\\s+partes)(?![\\p{L}])` },
    { kind: 'multiple', source: `(?<![\\p{L}])(?:el|al)\\s+(?:doble|triple|cuádruple)(?![\\p{L}])|(?<![\\p{L}])(?:duplicó|duplicaron|triplicó|triplicaron|se\\s+redujo\\s+a\\s+la\\s+mitad)(?![\\p{L}])` },
    { kind: 'multiple', source: `${ES_CARDINAL}\\s+veces\\s+(?:más|menos|mayor|menor|el|la|lo)(?![\\p{L}])` },
    { kind: 'vague', source: `(?<![\\p{L}])(?:decenas|cientos|centenares|miles|millones)\\s+de(?![\\p{L}])` },
    { kind: 'count', source: ES_CARDINAL },
  ],
};

const LANGUAGES: Record<Locale, Language> = { en: EN, es: ES };

/**
 * Every number-word figure in `text`, left to right, longest match first (a "twenty-seven
 * percent" is one figure, not a percent and a count). Counts below ten are left out.
 */
export function findNumberWords(text: string, locale: Locale = 'en'): NumberWord[] {
  const lang = LANGUAGES[locale];
  const found: NumberWord[] = [];
  const taken: [number, number][] = [];
  for (const { kind, source } of lang.patterns) {
    for (const m of text.matchAll(new RegExp(source, 'giu'))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const value = kind === 'count' ? lang.cardinal(m[0]) : undefined;
      if (kind === 'count' && (value === undefined || value < 10)) continue;
      taken.push([start, end]);
      found.push({ index: start, text: m[0], kind, ...(value !== undefined ? { value } : {}) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The value of a cardinal phrase ("twenty-seven" → 27, "veintisiete" → 27). */
export function cardinalValue(phrase: string, locale: Locale = 'en'): number | undefined {
  return LANGUAGES[locale].cardinal(phrase);
}

/** The cardinal inside a percent / count figure ("twenty-seven percent" → 27). */
export function leadingCardinal(word: NumberWord, locale: Locale = 'en'): number | undefined {
  const m = new RegExp(LANGUAGES[locale].cardinalSource, 'iu').exec(word.text);
  return m ? LANGUAGES[locale].cardinal(m[0]) : undefined;
}
