/**
 * The shape of every interface dictionary (content/ui/<locale>.yaml): each key, nested by area,
 * is listed here once, as Starlight's i18n schema does. Objects are strict, so a typo'd or
 * leftover key fails the build (`unknown key "titel" (did you mean "title"?)`) and a missing one
 * fails with `required key is missing`, both with file and line (lib/i18n/dictionary.ts).
 * `t()` takes its key type from this schema, so a key used in code but absent here fails
 * `npm run check`, and ui-keys.test.ts catches keys built at run time.
 *
 * Add a key: here, then in en.yaml (and every other language file). Plural forms: `plural`.
 */
import { z } from 'astro/zod';
import { strictObject } from '../data/strict';

// Not trimmed: a leading space is part of some texts (" (recommended)" follows a label).
const text = z.string().refine((s) => s.trim() !== '', 'empty text');
/** Plural forms by Intl.PluralRules category; `other` is always required. */
export const plural = strictObject({ zero: text.optional(), one: text.optional(), two: text.optional(), few: text.optional(), many: text.optional(), other: text });

/** The kinds of evidence a story <Claim> can carry (their words: storyTags.evidenceKinds). */
export const EVIDENCE_KIND_IDS = ['official-count', 'record', 'news-report', 'randomized-trial', 'cohort-study', 'model', 'estimate', 'opinion'] as const;

const lead = { heading: text };
const tool = strictObject({ title: text, text });

/**
 * The shape of a flat group of texts, each key listed once (for the islands' word groups below).
 * Never name a text zero/one/two/few/many/other: those names mark plural forms (dictionary.ts).
 */
const texts = <K extends string>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>;

export const interactivesSchema = strictObject({
  predict: strictObject({
    ...texts(
      'title', 'intro', 'keys', 'zone', 'handle', 'notDrawn', 'deaths', 'deathsNotDrawn', 'said', 'drawnCount', 'reveal', 'again',
      'resultTitle', 'guessLabel', 'tableSummary', 'caption', 'colYear', 'colGuess', 'colFinal', 'colDifference',
      'exact', 'tooHigh', 'tooLow', 'chartTitle', 'drawSummary', 'resultSummary', 'note', 'staticSummary', 'lineLabel',
    ),
    medium: plural,
    score: strictObject(texts('none', 'within', 'missHigh', 'missLow', 'single', 'averageWithin', 'averageOff', 'acrossSpan', 'acrossDrawn', 'several')),
  }),
  twoReadings: strictObject(texts('show', 'caveat', 'chartTitle', 'chartSummary', 'line', 'asChart', 'lineLabel')),
  whatWouldItTake: strictObject(texts(
    'cars', 'trucks', 'carsNoun', 'trucksNoun', 'share', 'percent', 'result', 'range', 'refs', 'refSource', 'waffle', 'key',
    'method', 'staticCaption', 'staticSource',
  )),
  stanceCheck: strictObject({
    ...texts(
      'blocked', 'supply', 'demand', 'oppose', 'support', 'about', 'yourAnswer', 'notAnswered', 'answered', 'clear', 'resultTitle',
      'you', 'half', 'pollValue', 'pollBy', 'pollBySample', 'pollFor', 'pollForSample', 'question', 'verbatim', 'paraphrased',
      'lowConfidence', 'confidence', 'source', 'noPolls', 'key', 'stripLabel',
    ),
    dropped: plural,
    polls: plural,
    compare: strictObject(texts(
      'value', 'range', 'inOne', 'inAll', 'majority', 'minorityHalf', 'minority', 'split', 'sameWay', 'otherWay', 'splitMatch',
      'undecided', 'none', 'nothing', 'head', 'noPolls', 'noSide', 'splitTail', 'summary',
    )),
  }),
});

export const uiSchema = strictObject({
  site: strictObject({ name: text, shortName: text, description: text, home: text, backToStart: text, breadcrumb: text }),
  chrome: strictObject({
    skip: text, nav: text, charts: text, classroom: text, about: text, theme: text,
    themes: strictObject({ auto: text, light: text, dark: text }),
    footer: text, licence: text, cite: text, privacy: text, search: text,
  }),
  storyTags: strictObject({
    inGlossary: text,
    evidenceKinds: strictObject(Object.fromEntries(EVIDENCE_KIND_IDS.map((k) => [k, strictObject({ label: text, meaning: text })])) as Record<(typeof EVIDENCE_KIND_IDS)[number], z.ZodObject<{ label: typeof text; meaning: typeof text }>>),
    evidenceKey: strictObject(texts('title', 'intro', 'popoverLink', 'hiddenPrefix', 'hiddenSuffix')),
  }),
  story: strictObject({
    ...texts('fullCase', 'shortVersion', 'backToShort', 'by', 'published', 'chapterOf', 'fullRuns', 'start', 'readMore', 'chapters', 'previous', 'next',
      'sourcesFront', 'sourcesFrontIntro', 'sourcesChapter', 'sourcesChapterIntro', 'method', 'glossaryLink'),
    readingTime: plural,
    glossary: strictObject(texts('title', 'description', 'source')),
    factCheck: strictObject(texts('claim', 'verdict', 'cannotShow', 'supply', 'demand', 'neither')),
    unmeasured: strictObject(texts('supply', 'demand', 'both')),
  }),
  about: strictObject({
    title: text,
    description: text,
    method: strictObject({ ...lead, figures: text, whoCountedLead: text, whoCounted: text, currentLead: text, current: text, labels: text }),
    corrections: strictObject({ ...lead, body: text, log: text, feed: text }),
    licence: strictObject({ ...lead, codeLead: text, code: text, textLead: text, text, dataLead: text, data: text }),
    cite: strictObject({ ...lead, site: text, citation: text, accessedDate: text, chart: text }),
    privacy: strictObject({ ...lead, body: text }),
  }),
  corrections: strictObject({
    title: text, description: text, feedTitle: text, intro: text, feed: text, feedFormat: text, count: plural, report: text,
    correction: text, update: text, charts: text, pages: text,
    pageNames: strictObject({ story: text, about: text }),
    atom: strictObject({ title: text, description: text, rights: text }),
  }),
  currency: strictObject({ currentTo: text, sentence: text, newest: text, checked: text, corrections: text, twelveMonthsEnding: text, toMonth: text }),
  chartPages: strictObject({
    crumb: text,
    index: strictObject({ title: text, description: text, intro: text }),
  }),
  chartFigure: strictObject({
    show: text, finalStatus: text, notStated: text, dataLicense: text, source: text, viewOnSite: text, dataCsv: text, imagePng: text, chartPage: text,
    howToRead: text, data: text, tableCaption: text, downloads: text, downloadCsv: text, metadata: text,
    imageSvg: text, imagePngSize: text, notes: text, sources: text, cite: text,
    corrections: text, allCorrections: text, correction: text, update: text,
  }),
  chartMarks: strictObject(texts(
    'line', 'lineStatus', 'hollowKey', 'noteYear', 'noteYearBefore', 'noteYearAfter', 'noteSource', 'notesCaveat', 'column', 'rounded', 'bar', 'barDetail', 'barWords', 'event',
    'evidence', 'evidenceComparison', 'evidenceScale', 'evidenceScaleDirection', 'evidenceWhy', 'evidenceAbout',
    'evidenceStatus', 'evidenceCard', 'evidenceGaps', 'evidenceGap', 'withoutEstimate',
    'evidenceRange', 'evidenceMeasureFirst', 'evidenceMeasureAfter', 'evidenceInterval', 'evidenceWithRange',
    'evidenceShortWord', 'evidenceShortRange', 'evidenceCardRepeat', 'evidenceStudyYears', 'evidenceDesignStudy',
  )),
  share: strictObject({ label: text, copy: text, native: text, png: text, copied: text, failed: text }),
  search: strictObject({
    title: text, description: text, label: text, submit: text, intro: text, noScript: text, noScriptCharts: text, noScriptFront: text,
    loading: text, results: plural, none: text, failed: text,
  }),
  sources: strictObject({ reprint: text }),
  table: strictObject({ missing: text }),
  embed: strictObject({
    section: strictObject({
      heading: text, intro: text, theme: text,
      themes: strictObject({ auto: text, light: text, dark: text }),
      recommended: text, copy: text, copied: text, selected: text, preview: text, previewTitle: text,
    }),
    forms: strictObject({
      script: strictObject({ label: text, hint: text }),
      pym: strictObject({ label: text, hint: text }),
      iframe: strictObject({ label: text, hint: text }),
      image: strictObject({ label: text, hint: text, source: text, link: text, alt: text }),
    }),
    previewPage: strictObject({ title: text, description: text, intro: text, width: text, region: text, frameTitle: text }),
  }),
  classroomLinks: strictObject({ heading: text, intro: text, map: text, supports: text, complicates: text, view: text }),
  classroom: strictObject({
    name: text,
    showHidden: text,
    facts: strictObject(texts('length', 'minutes', 'or', 'gradeBand', 'question', 'format', 'charts', 'handouts', 'vocabulary', 'standards', 'standardsLink')),
    projector: strictObject({ toggle: text, leave: text, previous: text, next: text, status: text, part: text, shown: text }),
    questions: strictObject({ heading: text, all: text }),
    map: strictObject({ supportedBy: text, complicatedBy: text, replies: text }),
    frame: strictObject({ docx: text, docxNote: text, pack: text, siteAddress: text }),
    kicker: text,
    packets: text,
    docDescriptions: strictObject(texts('handout', 'answerKey')),
    vocabulary: strictObject({ title: text, description: text, lede: text, also: text, seeAlso: text, chart: text }),
    discussion: strictObject({
      title: text, description: text, lede: text,
      types: strictObject({ recall: text, analysis: text, values: text }),
      chart: text, lookFor: text,
    }),
    tally: strictObject({ title: text, description: text, kicker: text, lede: text, handout: text, option: text }),
    argumentMap: strictObject({ title: text, description: text, lede: text, lesson: text, labels: text, positions: text, claims: text }),
    kitIndex: strictObject({
      title: text, description: text, kicker: text, lede: text, question: text, guideLink: text,
      start: text, guide: text, guideTitle: text, lessons: text,
      when: strictObject({ lesson1: text, lesson2: text, sourceEvaluation: text }),
      tools: text,
      tool: strictObject({ argumentMap: tool, evidence: tool, roleCards: tool, discussion: tool, vocabulary: tool, tally: tool }),
      handouts: text, keys: text, keysNote: text, take: text, word: text, pack: text, packNote: text, docx: text, charts: text,
    }),
    tallyForm: strictObject({ before: text, after: text, privacy: text, caption: text, option: text, average: text, download: text, load: text, clear: text, input: text }),
    tallyMessages: strictObject({
      ...texts('notJson', 'notObject', 'backup', 'fileTooBig', 'fileEmpty', 'fileHeader', 'fileLine', 'badPhase', 'badOption', 'badCount', 'columns', 'twice',
        'saved', 'noStorage', 'notSaved', 'originalKept', 'cleared', 'confirmClear', 'confirmReplace', 'downloaded', 'readError'),
      skipped: plural, kept: plural, loaded: plural,
    }),
    kickers: strictObject({ handout: plural, answerKey: plural, roleCards: text, ...texts('guide', 'lesson1', 'lesson2', 'sourceEvaluation', 'evidence') }),
    roleCards: strictObject({
      ...texts('title', 'description', 'lede', 'controversy', 'packets', 'print', 'who', 'realQuote', 'evidence', 'questions', 'notesHeading', 'notesIntro', 'role', 'leansHeading', 'note', 'sensitive'),
      leans: strictObject(texts('supply', 'demand', 'mixed')),
    }),
    evidencePackets: strictObject({
      ...texts('title', 'description', 'lede', 'evidence', 'kind', 'chart', 'caveat'),
      kinds: strictObject(texts('official-count', 'record', 'news-report', 'randomized-trial', 'cohort-study', 'model', 'estimate', 'opinion')),
    }),
    answerKeys: strictObject(texts('heading', 'note', 'offline', 'offlineNote')),
    cited: strictObject(texts('heading', 'compactHeading', 'calculations', 'calcNote', 'calculated', 'calcMark', 'sourceMark')),
    fullChart: text, packEmbed: text, docxFooter: text, teacher: text, table: text,
    nodeTypes: strictObject(texts('claim', 'counterclaim', 'rebuttal')),
    basis: strictObject(texts('fact', 'estimate', 'opinion', 'mixed')),
    scale: strictObject(texts('s1', 's2', 's3', 's4', 's5', 'sD')),
  }),
  credit: strictObject({ others: plural, ...texts('reportedBy', 'reprintNote', 'reprintNoteDated', 'copyNote', 'copyNoteDated', 'periods') }),
  interactives: interactivesSchema,
  errors: strictObject({
    notFound: strictObject({ title: text, description: text, body: text, next: text, front: text, chart: text }),
  }),
});

export type UiDictionary = z.output<typeof uiSchema>;
export type PluralForms = z.output<typeof plural>;
/** The words of each story interactive, handed to the island as its `words` prop. */
export type InteractiveWords = z.output<typeof interactivesSchema>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends { other: string }
      ? `${P}${K}`
      : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key `t()` accepts: "embed.section.heading". */
export type UiKey = Leaves<UiDictionary>;
/** Keys whose value is a set of plural forms (they need `count`). */
export type PluralKey = { [K in UiKey]: Lookup<UiDictionary, K> extends { other: string } ? K : never }[UiKey];

type Lookup<T, K extends string> = K extends `${infer H}.${infer R}` ? (H extends keyof T ? Lookup<T[H], R> : never) : K extends keyof T ? T[K] : never;
