import { SITE } from '../site';

/** Citation text for a chart: who, what, which data, where. The reader adds the access date. */
export function chartCitation(title: string, publishers: string, url: string): string {
  return `${SITE.name}, “${title}” (chart). Data: ${publishers}. ${url}`;
}
