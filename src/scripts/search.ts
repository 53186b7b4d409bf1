/**
 * /search/ (src/pages/search.astro): shows the box, and on first use imports this site's Pagefind
 * bundle (data-pagefind, base path included) — never before, never from another host. Searches
 * as the reader types (debounced) and on Enter, keeps ?q= in the address so a search can be
 * linked, and lists each result as a link (the page's title) with its excerpt. Excerpts are
 * rebuilt as text and <mark> only: nothing from the index is inserted as HTML.
 */
interface Result { url: string; meta: { title?: string }; excerpt: string }
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<Result> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-search]');
if (form) {
  const input = form.querySelector('input')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const words = form.dataset as Record<string, string>;
  const lang = document.documentElement.lang;
  const plural = new Intl.PluralRules(lang);
  /** "{count} results" by plural category (one, other…), from content/ui through data-results. */
  const counts = JSON.parse(words['results']!) as Record<string, string>;
  let engine: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> =>
    (engine ??= import(/* @vite-ignore */ words['pagefind']!).then(async (pf: Pagefind) => (await pf.options({ baseUrl: words['base']! }), pf)));

  const excerpt = (html: string): HTMLParagraphElement => {
    const p = document.createElement('p');
    for (const node of new DOMParser().parseFromString(html, 'text/html').body.childNodes) {
      const isMark = node.nodeName === 'MARK';
      const part = isMark ? document.createElement('mark') : document.createTextNode('');
      part.textContent = node.textContent;
      p.append(part);
    }
    return p;
  };

  const run = async (q: string): Promise<void> => {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!q) { list.replaceChildren(); status.textContent = ''; return; }
    status.textContent = words['loading']!;
    try {
      const found = await (await load()).debouncedSearch(q, {}, 250);
      if (!found || input.value.trim() !== q) return; // a newer search replaced this one
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      list.replaceChildren(...data.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        li.append(a, excerpt(d.excerpt));
        return li;
      }));
      const n = found.results.length;
      status.textContent = n ? (counts[plural.select(n)] ?? counts['other']!).replace('{count}', n.toLocaleString(lang)) : words['none']!;
    } catch {
      status.textContent = words['failed']!;
    }
  };

  form.hidden = false;
  input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  input.addEventListener('input', () => void run(input.value.trim()));
  form.addEventListener('submit', (e) => { e.preventDefault(); void run(input.value.trim()); });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; void run(initial.trim()); }
}
