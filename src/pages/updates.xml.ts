import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { t } from '../lib/i18n/t';
import { langOf } from '../lib/i18n/locales';
import { loadCharts } from '../lib/charts/load';
import { loadCorrections } from '../lib/data/corrections';
import { absolute, chartUrls } from '../lib/paths';
import { SITE } from '../lib/site';

const WORDS = {
  title: t('corrections.atom.title', { site: SITE.name }),
  description: t('corrections.atom.description'),
  correction: t('corrections.correction'),
  update: t('corrections.update'),
  charts: t('corrections.charts'),
};

/**
 * /updates.xml: an Atom 1.0 feed with the same entries as /corrections/ (content/corrections.yaml),
 * built with the `feed` library. Entry links point at the entry's anchor on /corrections/; the
 * feed's `updated` is the newest entry's date, so the file only changes when the log does.
 */
export const GET: APIRoute = async ({ site }) => {
  const charts = new Map((await loadCharts()).map((c) => [c.id, c]));
  const entries = loadCorrections(new Set(charts.keys()));
  const page = absolute('/corrections/', site);
  const newest = entries[0]?.date ?? '1970-01-01';
  const feed = new Feed({
    id: page,
    link: page,
    title: WORDS.title,
    description: WORDS.description,
    language: langOf(),
    updated: new Date(`${newest}T00:00:00Z`),
    copyright: t('corrections.atom.rights'),
    feedLinks: { atom: absolute('/updates.xml', site) },
  });
  for (const e of entries) {
    const chartList = e.charts.map((id) => `${charts.get(id)?.spec.title ?? id} (${absolute(chartUrls(id).page, site)})`);
    feed.addItem({
      id: `${page}#${e.id}`,
      link: `${page}#${e.id}`,
      title: `${e.kind === 'correction' ? WORDS.correction : WORDS.update}: ${e.title}`,
      date: new Date(`${e.date}T00:00:00Z`),
      published: new Date(`${e.date}T00:00:00Z`),
      description: e.summary,
      content: chartList.length ? `${e.summary}\n\n${WORDS.charts}: ${chartList.join('; ')}` : e.summary,
      category: [{ name: e.kind }],
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
