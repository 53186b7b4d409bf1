/**
 * Who produced a number, and whether the page we read is that producer's own.
 *
 * `sources.csv` records the page we actually read (`publisher`, `url`) and, in `origin`, the
 * agency, pollster or journal that produced the figure ("CBP", "CDC/NCHS", "Gallup"). Charts
 * credit the origin; the sources list and the chart notes say when we read a reprint.
 *
 * A page is "originating" when its host belongs to an originating publisher on this allow-list
 * (agencies, Congress, courts, pollsters, journals and their official archives). Everything
 * else (news reports, blogs, mirrors, aggregators) is a reprint. The build test
 * tests/build/originating-sources.test.ts lists the charted rows that still rest on a reprint;
 * content/data/README.md explains each one.
 */

/** Hosts of originating publishers (a host matches itself and its subdomains). */
export const ORIGINATING_HOSTS = [
  // U.S. federal agencies and their archives
  'cdc.gov', 'stacks.cdc.gov', 'nih.gov', 'samhsa.gov', 'hhs.gov', 'fda.gov',
  'dea.gov', 'justice.gov', 'cbp.gov', 'dhs.gov', 'bts.gov', 'bts.dot.gov', 'dot.gov',
  'gao.gov', 'state.gov', 'whitehouse.gov', 'obamawhitehouse.archives.gov',
  'trumpwhitehouse.archives.gov', 'bidenwhitehouse.archives.gov', 'federalregister.gov',
  'ussc.gov', 'congress.gov', 'senate.gov', 'house.gov', 'supremecourt.gov', 'govinfo.gov',
  'texas.gov', 'gov.texas.gov',
  // Pollsters' own releases
  'gallup.com', 'pewresearch.org', 'ipsos.com', 'yougov.com', 'apnorc.org', 'kff.org',
  'qu.edu', 'maristpoll.marist.edu', 'bipartisanpolicy.org',
  // Journals, publishers of peer-reviewed work, and research institutes publishing their own work
  'jamanetwork.com', 'nejm.org', 'thelancet.com', 'bmj.com', 'ajph.aphapublications.org',
  'pmc.ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'sciencedirect.com', 'springer.com',
  'wiley.com', 'onlinelibrary.wiley.com', 'nature.com', 'rand.org', 'piie.com', 'nber.org',
  'cato.org', 'acpjournals.org', 'biomedcentral.com', 'publications.aap.org', 'nap.edu',
  'nationalacademies.org',
  // Working-paper series on the publishing institute's own site (IZA Discussion Papers, like NBER's)
  'iza.org',
  // Journal and meeting pages of charted research whose publisher is not above: Apuntes del CENES
  // (the journal's site), the APHA Annual Meeting's own abstract pages
  'revistas.uptc.edu.co', 'apha.confex.com',
  // Organizations' own releases about their own programs (the operator or maker counted it)
  'onpointnyc.org', 'sec.gov',
] as const;

/** The host of a URL, lower-cased, without "www."; "" when the URL is empty or invalid. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** True when the URL's host is (a subdomain of) an originating publisher on the allow-list. */
export function isOriginatingUrl(url: string): boolean {
  const host = hostOf(url);
  return host !== '' && ORIGINATING_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The fields of a sources.csv row this module needs. */
export interface OriginFields {
  publisher: string;
  url: string;
  /** Who produced the number; empty means the publisher did. */
  origin?: string | undefined;
}

/** The name a chart credits for a source: its origin, or the publisher when none is recorded. */
export function creditName(source: OriginFields): string {
  const origin = source.origin?.trim();
  return origin ? origin : source.publisher;
}

/** Publisher wording that says the page relays someone else's figures. */
const RELAYED = /\b(copy|copies|reprint\w*|via|citing|quoting|quoted|reporting|summari[sz]\w*|relaying|syndicat\w*|reproduced|listing|catalog)\b/i;

/**
 * True when we read the figure in someone else's report or copy, not on the originating page:
 * the host is not an originating publisher's, or the publisher field says the page relays
 * another's figures ("SAMHSA (… citing DEA …)", "DEA (press release via PublicNow)").
 */
export function isReprint(source: OriginFields): boolean {
  return !isOriginatingUrl(source.url) || RELAYED.test(source.publisher);
}

/** "Washington Examiner" from "Washington Examiner (Anna Giaritelli; copy on am1.news)". */
export function shortPublisher(publisher: string): string {
  const cut = publisher.indexOf(' (');
  return (cut > 0 ? publisher.slice(0, cut) : publisher).trim();
}
