/**
 * Everything the story's pages need at build time, computed once: the story (sections,
 * fallbacks, glossary…), each section's islands and their props, the chapters' URLs, the
 * sources each page cites. Used by the front page (`/`, the 5-minute version) and the chapter
 * pages (`/story/<id>/`); moved out of src/pages/index.astro when the story became chapters.
 */
import { getCollection } from 'astro:content';
import { t } from '../i18n/t';
import { slotKey } from './story-data';
import { creditName } from '../data/origins';
import { loadCharts } from '../charts/load';
import { allowedViews } from '../charts/views';
import { loadStory, type LoadedFallback } from './load';
import { readingMinutes } from './parse-svx';
import { scanInputs, type BorderRow } from './scan-refs';
import type { SlotRef } from './schema';
import type { SourceRecord } from '../charts/types';
import { chartUrls, href } from '../paths';
import { narrowLine } from './line-geometry';
import { layoutMarkers, markerRoom, markerStack, MARKERS } from '../../charts/lines/markers';
import { LINES } from '../../charts/lines/layout';

/** A piece of the story with slots: a chapter or the front page's 5-minute version. */
export interface WithSlots {
  file: string;
  slots: SlotRef[];
  sources: string[];
}

/** Site path of a chapter page. */
export const chapterPath = (id: string) => `/story/${id}/`;
/** Site path of the glossary list (every definition). */
export const GLOSSARY_PATH = '/story/glossary/';

let cached: ReturnType<typeof build> | undefined;
/** Built once per build (every chapter page asks). */
export const storyPage = () => (cached ??= build());

async function build() {
  const story = await loadStory();
  const charts = new Map((await loadCharts()).map((c) => [c.id, c]));
  const sources = new Map((await getCollection('sources')).map((e) => [String(e.data['source_id']), e.data as unknown as SourceRecord]));
  const sourceOf = (id: string) => {
    const s = sources.get(id);
    if (!s) throw new Error(`content/story: unknown source id "${id}"`);
    return s;
  };
  // Credits name who produced the figure (CDC/NCHS), not the reprint we read it in (issue 10).
  const publisherOf = (id: string) => creditName(sourceOf(id));

  // Overdose deaths: final all-drug counts for 2015–2024 (predict and two readings).
  interface DeathRow { year: string; data_status: string; measure: string; value: number; confidence: string; source_id: string }
  // Rows were validated by the overdose_deaths schema in the loader (lib/data/csv-loader.ts).
  const deathRows = (await getCollection('overdose_deaths')).map((e) => e.data as unknown as DeathRow);
  const finalDeaths = deathRows
    .filter((r) => r.measure === 'all_drug_overdose_deaths' && r.data_status === 'final' && /^\d{4}$/.test(r.year))
    .map((r) => ({ year: Number(r.year), value: Number(r.value), status: 'final', publisher: publisherOf(r.source_id), confidence: r.confidence }))
    .filter((r) => r.year >= 2015 && r.year <= 2024)
    .sort((a, b) => a.year - b.year);
  const deathsSource = [...new Set(finalDeaths.map((d) => d.publisher))].join('; ');
  // Both interactives draw the overdose-deaths chart's own line for those years (one line chart).
  const deathsChart = charts.get('overdose-deaths');
  if (!deathsChart) throw new Error('content/story: the interactives draw content/charts/overdose-deaths.yaml, which is missing');
  const [firstDeathYear, lastDeathYear] = [finalDeaths[0]?.year ?? 2015, finalDeaths.at(-1)?.year ?? 2024];
  const deathsLine = (label: string, stack = 0, yMax?: number) => narrowLine(deathsChart, sources, {
    series: 'all_drugs', from: firstDeathYear, to: lastDeathYear, label, ...(yMax ? { yMax } : {}),
    ...(stack > 0 ? { height: 260 + stack * MARKERS.step, top: markerRoom(stack) } : { height: 260, top: 24 }),
  });
  // Two readings: each reading's notes as the chart's marker layer (src/charts/lines/markers.ts),
  // on the same narrowed line; the plot leaves room for the taller of the two.
  const readingNotes = story.twoReadings.readings.map((r) => ({ id: r.id, notes: r.annotations.map((a) => ({ x: a.year, text: a.text, source_id: a.source_id })) }));
  const readingsLine = () => {
    const box = { plot: { left: LINES.left, right: LINES.right, top: 0, bottom: 0 }, xDomain: [firstDeathYear, lastDeathYear] as [number, number], yDomain: [0, 1] as [number, number], labelMargin: 0 };
    const layout = deathsLine(t('interactives.twoReadings.lineLabel'), Math.max(...readingNotes.map((r) => markerStack(box, r.notes))));
    const plot = layout.panels[0]!;
    return { layout, layers: new Map(readingNotes.map((r) => [r.id, layoutMarkers(plot, r.id, r.notes, sources)])) };
  };

  // Effects nobody has measured, both sides: the evidence table's "none found" rows (<Unmeasured>).
  interface EvidenceRow { side: 'supply' | 'demand' | 'both'; intervention: string; outcome: string; note: string; status: string; source_id: string; row: number }
  const unmeasured = (await getCollection('intervention_evidence'))
    .map((e) => e.data as unknown as EvidenceRow)
    .filter((r) => r.status === 'none found')
    .sort((a, b) => a.row - b.row)
    .map(({ side, intervention, outcome, note, source_id }) => ({ side, intervention, outcome, note, source_id }));

  const borderRows = (await getCollection('border_traffic')).map((e) => e.data as unknown as BorderRow);
  const scan = scanInputs(borderRows, publisherOf, [2022, 2023, 2024]);

  /** The overdose-deaths view that shows a reading, if the chart has one (its marker layer reads it). */
  const readingView = (id: string) => {
    const graphic = deathsChart.spec.graphic;
    const layer = graphic.type === 'lines' ? graphic.markers.find((m) => m.from === 'two-readings' && m.reading === id) : undefined;
    return layer ? deathsChart.spec.views.find((v) => v.panels.includes(layer.key))?.name : undefined;
  };
  const readingsFor = (layers: ReadonlyMap<string, ReturnType<typeof layoutMarkers>>) => story.twoReadings.readings.map((r) => {
    const view = readingView(r.id);
    return {
      id: r.id,
      label: r.label,
      summary: r.summary,
      layer: layers.get(r.id)!,
      ...(view ? { chartHref: href(`${chartUrls(deathsChart.id).page}?view=${view}`) } : {}),
    };
  });
  const pollPublishers = Object.fromEntries(
    story.stanceCheck.options.flatMap((o) => o.polls.map((p) => [p.source_id, publisherOf(p.source_id)])),
  );

  const fallbackFor = (id: string): LoadedFallback => {
    const f = story.fallbacks.get(id);
    if (!f) throw new Error(`content/story/fallback: no fallback for interactive "${id}"`);
    return f;
  };
  const glossaryHref = href(GLOSSARY_PATH);
  /** The chart behind a slot, if its spec exists and (for a view slot) defines that view. */
  const chartFor = (ref: SlotRef) => {
    const chart = charts.get(ref.id);
    return chart && (!ref.view || allowedViews(chart.spec).includes(ref.view)) ? chart : undefined;
  };
  const keyOf = (r: SlotRef) => slotKey(r.kind, r.id, r.view);
  const MAX_ISLANDS = 6;
  /** The piece's charts and interactives, in order (at most MAX_ISLANDS). */
  const islandRefs = (piece: WithSlots): SlotRef[] => {
    // A slot naming a chart or view that does not exist fails the build, as it does in the kit:
    // leaving it out would drop a chart the prose refers to without anyone noticing.
    const missing = piece.slots.filter((r) => r.kind === 'chart' && !chartFor(r));
    if (missing.length) {
      throw new Error(missing.map((r) => `content/story/${piece.file}: <ChartSlot id="${r.id}"${r.view ? ` view="${r.view}"` : ''}>: ${charts.has(r.id) ? `chart "${r.id}" has no view "${r.view}" (views: ${allowedViews(charts.get(r.id)!.spec).join(', ')})` : `no chart "${r.id}" in content/charts/`}`).join('\n'));
    }
    const refs = piece.slots;
    if (refs.length > MAX_ISLANDS) throw new Error(`content/story/${piece.file}: more than ${MAX_ISLANDS} charts and interactives; add island slots in src/components/story/StoryBody.astro`);
    return refs;
  };
  // Props of src/components/story/StoryIsland.astro (checked there by astro check; svelte-check
  // cannot read .astro types from a .ts file, so the kinds are literal types here).
  const islandProps = (ref: SlotRef) => {
    const chart = ref.kind === 'chart' ? chartFor(ref) : undefined;
    // A chart shown again in another view gets its own id prefix (ids stay unique on the page).
    if (chart) return ref.view ? { kind: 'chart' as const, chart, view: ref.view, idPrefix: `${ref.id}--${ref.view}` } : { kind: 'chart' as const, chart };
    const f = fallbackFor(ref.id);
    const fallback = { component: f.component, glossary: story.glossary, glossaryHref };
    switch (ref.id) {
      case 'predict-overdose':
        // The reader sees the real line to 2019 and draws 2020–2024; the axis leaves room to guess above the peak.
        return { kind: 'predict-overdose' as const, fallback, series: finalDeaths, askYears: [2020, 2021, 2022, 2023, 2024], layout: deathsLine(t('interactives.predict.lineLabel'), 0, 150_000) };
      case 'what-would-it-take':
        return { kind: 'what-would-it-take' as const, fallback, ...scan };
      case 'two-readings': {
        const { layout, layers } = readingsLine();
        return { kind: 'two-readings' as const, fallback, seriesSource: deathsSource, caveat: story.twoReadings.caveat, readings: readingsFor(layers), layout };
      }
      case 'stance-check':
        return { kind: 'stance-check' as const, fallback, data: story.stanceCheck, publishers: pollPublishers };
      default:
        throw new Error(`content/story: unknown interactive "${ref.id}"`);
    }
  };

  /** Source ids a piece cites, with those of its interactives' fallbacks and data files. */
  const citedIds = (piece: WithSlots): string[] => {
    const interactives = piece.slots.filter((r) => r.kind === 'interactive').map((r) => r.id);
    return [...new Set([
      ...piece.sources,
      ...interactives.flatMap((id) => fallbackFor(id).sources),
      ...(interactives.includes('two-readings') ? story.twoReadings.readings.flatMap((r) => r.annotations.map((a) => a.source_id)) : []),
      ...(interactives.includes('stance-check') ? story.stanceCheck.options.flatMap((o) => [...o.source_ids, ...o.polls.map((p) => p.source_id)]) : []),
    ])];
  };
  const chapters = story.sections.map((s, i) => ({
    id: s.id, title: s.title, summary: s.summary, side: s.side, number: i + 1,
    path: chapterPath(s.id), minutes: readingMinutes(s.words),
  }));

  return {
    story, charts, sources, sourceOf, publisherOf, unmeasured, glossaryHref, islandRefs, islandProps, keyOf, citedIds, chapters,
    glossary: [...story.glossary.values()].sort((a, b) => a.term.localeCompare(b.term)),
    minutes: readingMinutes(story.sections.reduce((n, s) => n + s.words, 0)),
  };
}
export type StoryPage = Awaited<ReturnType<typeof storyPage>>;
