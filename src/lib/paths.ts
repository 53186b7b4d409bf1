/**
 * Every internal URL goes through here so the site works under a sub-path (BASE_PATH), and
 * one chart id names all of its URLs.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/charts/x/` → `<base>charts/x/`. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** Absolute URL on the deployed site (canonical links, citations, oEmbed). */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'https://fentanyl-explainer.example').href;
}

export const chartUrls = (id: string) => ({
  page: `/charts/${id}/`,
  embed: `/embed/${id}/`,
  csv: `/data/${id}.csv`,
  json: `/data/${id}.json`,
  svg: `/charts/${id}.svg`,
  png: `/charts/${id}.png`,
});
