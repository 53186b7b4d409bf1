/**
 * Embeds on somebody else's page, in real Chromium. The host pages are served from a different
 * port than the site, so the embed is cross-origin, exactly as on a news site. Covers: the
 * height protocol with our embed.js, the real pym.js parent and a Datawrapper-style listener;
 * hostile messages and query strings; no third-party requests, cookies or storage.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useSite } from '../support/site-session';
import { hostPage, serveHost, type HostServer } from '../support/host-server';
import { readDist } from '../support/dist';

/** The fixed height the embed codes use (the oEmbed document reports it). */
const fixedHeight = () => Number((JSON.parse(readDist(`/oembed/dea-seizures.json`)) as { height: number }).height);

const ID = 'dea-seizures';
const HEIGHT_TYPE = 'fentanyl-explainer:embed-height';

/** The built site and one Chromium for this file (tests/support/site-session.ts). */
const site = useSite();
let host: HostServer;
let embedUrl: string;

/** Datawrapper's published responsive-iframe listener, as hosts paste it. */
const DATAWRAPPER_LISTENER = `<script>window.addEventListener("message",function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}});</script>`;

beforeAll(async () => {
  host = await serveHost();
  embedUrl = `${site.url}embed/${ID}/`;
  const iframe = (src: string) => `<iframe src="${src}" title="Chart" loading="lazy" style="height:150px"></iframe>`;
  host.setPage('/own.html', hostPage('Our embed.js', `${iframe(embedUrl)}<script async src="${site.url}embed.js"></script>`));
  host.setPage('/pym.html', hostPage('pym.js', `<div data-pym-src="${embedUrl}" data-pym-title="Chart">Loading</div><script src="/pym.v1.js"></script>`));
  host.setPage('/datawrapper.html', hostPage('Datawrapper listener', `${DATAWRAPPER_LISTENER}${iframe(embedUrl)}`));
  host.setPage('/many.html', hostPage('Many embeds', [
    iframe(embedUrl), iframe(`${embedUrl}?theme=dark`), `<script src="${site.url}embed.js"></script>`, `<script src="${site.url}embed.js"></script>`,
  ].join('')));
  // embed.js arrives after the iframe has loaded and spoken: it must ask again.
  host.setPage('/late-script.html', hostPage('Late script', `${iframe(embedUrl)}<script>
    document.querySelector('iframe').addEventListener('load', function () {
      setTimeout(function () { var s = document.createElement('script'); s.src = ${JSON.stringify(`${site.url}embed.js`)}; document.body.appendChild(s); }, 300);
    });</script>`));
  host.setPage('/plain.html', hostPage('No parent script', iframe(embedUrl)));
  // The plain-iframe code exactly as the chart page offers it, pointed at the test server.
  const plainCode = readDist('/oembed/dea-seizures.json') && fixedHeight();
  host.setPage('/fixed.html', hostPage('Plain iframe code', `<iframe src="${embedUrl}" title="Chart" loading="lazy" style="width:100%;height:${plainCode}px;border:0"></iframe>`));
});
afterAll(async () => {
  await host?.close();
});

async function openHost(pathname: string, width: number, height = 900): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(host.url + pathname.replace(/^\//, ''), { waitUntil: 'load' });
  return page;
}

const embedFrames = (page: Page): Frame[] => page.frames().filter((f) => f.url().startsWith(embedUrl));

async function embedFrame(page: Page, index = 0): Promise<Frame> {
  await expect.poll(() => embedFrames(page).length).toBeGreaterThan(index);
  const frame = embedFrames(page)[index]!;
  await frame.waitForLoadState('load');
  return frame;
}

/** [iframe box height on the host, content height inside the embed] */
async function heights(frame: Frame): Promise<[number, number]> {
  const element = await frame.frameElement();
  const outer = await element.evaluate((el) => (el as Element).getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height);
  return [outer, inner];
}

/** Wait until the iframe is as tall as its content (±2 px); returns that height. */
async function settled(frame: Frame): Promise<number> {
  await expect.poll(async () => {
    const [outer, inner] = await heights(frame);
    return Math.abs(outer - inner);
  }, { timeout: 10_000 }).toBeLessThanOrEqual(2);
  return (await heights(frame))[0];
}

const DIALECTS = [['embed.js', '/own.html'], ['pym.js', '/pym.html'], ['Datawrapper', '/datawrapper.html']] as const;

describe.each(DIALECTS)('with %s on the host', (_name, pathname) => {
  test.each([320, 768, 1200])('at %d px the iframe is as tall as its content', async (width) => {
    const page = await openHost(pathname, width);
    const frame = await embedFrame(page);
    const height = await settled(frame);
    expect(height).toBeGreaterThan(200);
    // Nothing is cut off inside the frame.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  test('follows when the host gets narrower and wider', async () => {
    const page = await openHost(pathname, 768);
    const frame = await embedFrame(page);
    const medium = await settled(frame);
    await page.setViewportSize({ width: 320, height: 900 });
    await expect.poll(async () => (await heights(frame))[1]).toBeGreaterThan(medium);
    const narrow = await settled(frame);
    await page.setViewportSize({ width: 1200, height: 900 });
    await expect.poll(async () => (await heights(frame))[1]).toBeLessThan(narrow);
    const wide = await settled(frame);
    expect(narrow).toBeGreaterThan(medium);
    expect(wide).toBeLessThan(narrow);
    await page.context().close();
  });
});

describe('embed.js', () => {
  test('sizes many embeds on one page, loaded twice, and an iframe added later', async () => {
    const page = await openHost('/many.html', 1000, 4000);
    const frames = [await embedFrame(page, 0), await embedFrame(page, 1)];
    for (const frame of frames) await settled(frame);
    await page.evaluate((src) => {
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.title = 'Added later';
      iframe.style.height = '120px';
      document.body.prepend(iframe);
    }, `${embedUrl}?theme=light`);
    await expect.poll(() => embedFrames(page).length).toBe(3);
    const added = embedFrames(page).find((f) => f.url().includes('theme=light'))!;
    await added.waitForLoadState('load');
    expect(await settled(added)).toBeGreaterThan(200);
    await page.context().close();
  });

  test('sizes an embed that loaded before embed.js arrived', async () => {
    const page = await openHost('/late-script.html', 768);
    const frame = await embedFrame(page);
    await expect.poll(() => page.evaluate(() => document.scripts.length)).toBeGreaterThan(1);
    expect(await settled(frame)).toBeGreaterThan(200);
    await page.context().close();
  });

  test('hostile messages change nothing; a valid one from our embed does', async () => {
    const page = await openHost('/own.html', 768);
    const frame = await embedFrame(page);
    const before = await settled(frame);
    const iframeHeight = async () => (await heights(frame))[0];

    // Right format, wrong origin: the host page itself (or any other frame) posting.
    await page.evaluate(({ type, id }) => {
      window.postMessage({ type, id, height: 300 }, '*');
      window.postMessage({ 'datawrapper-height': { [id]: 300 } }, '*');
    }, { type: HEIGHT_TYPE, id: ID });
    // Right origin and source, hostile values.
    await frame.evaluate(({ type, id }) => {
      const bad: unknown[] = [
        'not an object', '{"type":"' + type + '","height":300}', null, 300,
        { type, id, height: Number.NaN }, { type, id, height: -400 }, { type, id, height: 1e9 },
        { type, id, height: Infinity }, { type, id, height: '300' }, { type, id, height: 0 },
        { type: 'other', id, height: 300 }, { type, height: 300 },
      ];
      for (const message of bad) parent.postMessage(message, '*');
    }, { type: HEIGHT_TYPE, id: ID });
    await page.waitForTimeout(500);
    expect(await iframeHeight()).toBe(before);

    // Control: the same channel with a sane value is obeyed (so the checks above can fail).
    await frame.evaluate(({ type, id }) => parent.postMessage({ type, id, height: 321 }, '*'), { type: HEIGHT_TYPE, id: ID });
    await expect.poll(iframeHeight).toBe(321);
    await page.context().close();
  });
});

describe('hostile query strings', () => {
  const HOSTILE = '?theme=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E&view=javascript%3Awindow.pwned%3D1'
    + '&childId=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E&lang=%3Cb%3Ex%3C%2Fb%3E&onload=alert(1)&__proto__=x';

  test('change nothing and execute nothing', async () => {
    const context = await site.browser.newContext({ viewport: { width: 768, height: 900 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const snapshot = () => page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      pwned: (window as unknown as { pwned?: number }).pwned,
      theme: document.documentElement.dataset['theme'],
      view: document.documentElement.dataset['view'],
      images: document.images.length,
    }));
    await page.goto(embedUrl, { waitUntil: 'load' });
    const clean = await snapshot();
    await page.goto(embedUrl + HOSTILE, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const hostile = await snapshot();
    expect(hostile).toEqual(clean);
    expect(hostile.pwned).toBeUndefined();
    expect(dialogs).toEqual([]);

    // Control: an allowlisted value does change the page.
    await page.goto(`${embedUrl}?theme=dark`, { waitUntil: 'load' });
    expect((await snapshot()).theme).toBe('dark');
    await context.close();
  });

  test('inside a host frame, a hostile childId posts no pym message', async () => {
    const page = await openHost('/plain.html', 768);
    await page.evaluate(() => {
      (window as unknown as { seen: unknown[] }).seen = [];
      window.addEventListener('message', (e) => (window as unknown as { seen: unknown[] }).seen.push(e.data));
    });
    await page.evaluate((src) => { document.querySelector('iframe')!.src = src; }, embedUrl + HOSTILE);
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length)).toBeGreaterThan(0);
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(seen.filter((m) => typeof m === 'string')).toEqual([]);
    await page.context().close();
  });
});

describe('privacy', () => {
  test('the embed, framed by another site and then used, requests nothing from another host and stores nothing', async () => {
    const context = await site.browser.newContext({ viewport: { width: 768, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${host.url}own.html`, { waitUntil: 'load' });
    const frame = await embedFrame(page);
    await settled(frame);
    // No chart JavaScript before intent: the island's component and renderer, and Astro's island
    // runtime (a file in embeds, src/integrations/embed-assets.mjs), are not fetched.
    const islandUrls = await frame.evaluate(() => {
      const island = document.querySelector('astro-island');
      return [island?.getAttribute('component-url'), island?.getAttribute('renderer-url'), document.documentElement.dataset['islandRuntime']]
        .map((u) => new URL(u ?? '', location.href).href);
    });
    expect(islandUrls).toHaveLength(3);
    expect(islandUrls[2]).toMatch(/\/_astro\/island-runtime\.[0-9a-f]{10}\.js$/);
    for (const url of islandUrls) expect(requests).not.toContain(url);
    // Interact so the chart's JavaScript loads too.
    await frame.locator('[data-mark] rect').first().hover();
    await expect.poll(() => frame.evaluate(() => document.querySelector('astro-island')?.hasAttribute('ssr'))).toBe(false);
    await expect.poll(async () => {
      await page.mouse.move(0, 0);
      await frame.locator('[data-mark] rect').nth(2).hover({ force: true });
      return frame.locator('[role="tooltip"]').count();
    }).toBe(1);

    for (const url of islandUrls) expect(requests).toContain(url);
    const siteOrigin = new URL(site.url).origin;
    const hostOrigin = new URL(host.url).origin;
    const fromEmbed = requests.filter((u) => !u.startsWith(hostOrigin));
    expect(fromEmbed.length).toBeGreaterThan(2);
    for (const url of fromEmbed) expect(new URL(url).origin, url).toBe(siteOrigin);
    expect(requests.filter((u) => u.startsWith(hostOrigin))).toEqual([`${host.url}own.html`]);

    expect(await context.cookies()).toEqual([]);
    expect(await frame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
    await context.close();
  });
});

describe('an embed that writes only its first view (public-opinion)', () => {
  const VIEWS = 'embed/public-opinion/';
  const panels = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-panel]')]
    .map((el) => `${el.getAttribute('data-panel')}${el.closest('[hidden]') ? ' (hidden)' : ''}`));

  test('without JavaScript: the first view only, in full; no hidden panels written', async () => {
    const context = await site.browser.newContext({ viewport: { width: 768, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${VIEWS}`, { waitUntil: 'load' });
    expect(await panels(page)).toEqual(['concern']);
    expect(await page.locator('[data-mark]').count()).toBeGreaterThan(5);
    await context.close();
  });

  test('another view fetches the panels once, from the same origin; if that fails the chart and control stay as they were', async () => {
    const context = await site.browser.newContext({ viewport: { width: 768, height: 900 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    let fail = true;
    await page.route('**/embed/public-opinion/views/', (route) => {
      fetched.push(route.request().url());
      return fail ? route.abort() : route.continue();
    });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${site.url}${VIEWS}`, { waitUntil: 'load' });
    expect(fetched).toEqual([]);
    // click, not check: the control goes back to the current view as soon as the fetch fails.
    await page.locator('[data-chart-views] input[value="force"]').click();
    await expect.poll(() => page.locator('[data-chart-views] input[value="concern"]').isChecked()).toBe(true);
    expect(await panels(page)).toEqual(['concern']);
    expect(errors.length).toBeGreaterThan(0);

    fail = false;
    await page.locator('[data-chart-views] input[value="force"]').check();
    await expect.poll(() => panels(page)).toEqual(['concern (hidden)', 'force', 'treatment (hidden)']);
    await page.locator('[data-chart-views] input[value="treatment"]').check();
    await expect.poll(() => panels(page)).toEqual(['concern (hidden)', 'force (hidden)', 'treatment']);
    expect(fetched).toEqual([`${site.url}${VIEWS}views/`, `${site.url}${VIEWS}views/`]);
    // One tab stop, on a visible mark.
    const stops = await page.locator('[data-mark][tabindex="0"]').evaluateAll((els) => els.map((el) => !el.closest('[hidden]')));
    expect(stops).toEqual([true]);
    expect(new URL(page.url()).searchParams.get('view')).toBe('treatment');
    await context.close();
  });
});

describe('the plain iframe code (no script anywhere)', () => {
  test('at 320 px its fixed height holds the whole chart; wider, the chart starts at the top', async () => {
    const narrow = await openHost('/fixed.html', 320);
    const frame = await embedFrame(narrow);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    const [outer, inner] = await heights(frame);
    expect(outer).toBe(fixedHeight());
    expect(outer - inner).toBeLessThan(160);
    await narrow.context().close();

    const wide = await openHost('/fixed.html', 1200);
    const wideFrame = await embedFrame(wide);
    const gaps = await wideFrame.evaluate(() => {
      const box = document.querySelector('main')!.getBoundingClientRect();
      return [box.top, window.innerHeight - box.bottom];
    });
    // Top-aligned (centring shifted the layout while the page streamed in); spare room below.
    expect(gaps[0]).toBe(0);
    expect(gaps[1]).toBeGreaterThan(50);
    await wide.context().close();
  });

  test('without JavaScript the framed embed shows the chart, title, source and a data link', async () => {
    const context = await site.browser.newContext({ viewport: { width: 768, height: 1000 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${host.url}fixed.html`, { waitUntil: 'load' });
    const frame = await embedFrame(page);
    expect(await frame.locator('h1').textContent()).toMatch(/^DEA fake-pill seizures/);
    expect(await frame.locator('svg [data-mark] rect').count()).toBe(7);
    expect(await frame.locator('.chart-source').textContent()).toMatch(/Source: DEA\./) // issue 10: credits name the agency by its short name;
    expect(await frame.locator('a[href$="/data/dea-seizures.csv"]').count()).toBe(1);
    expect(await frame.locator('a[target="_top"]', { hasText: 'View on the site' }).count()).toBe(1);
    await context.close();
  });
});

describe('theme', () => {
  // A dark-mode reader must not see a dark box in a light article: light unless the host asks.
  test.each([
    ['', true, 'light'], ['', false, 'light'], ['?theme=dark', true, 'dark'], ['?theme=auto', true, 'dark'],
  ] as const)('query %j, JS %s, dark system → %s', async (query, javaScriptEnabled, expected) => {
    const context = await site.browser.newContext({ colorScheme: 'dark', javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(embedUrl + query, { waitUntil: 'load' });
    // The used scheme, not the attribute: light-dark() tokens follow it.
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches && getComputedStyle(document.documentElement).colorScheme !== 'light');
    expect(dark ? 'dark' : 'light').toBe(expected);
    await context.close();
  });
});

describe('"Embed this chart" on the chart page', () => {
  test('copy puts the code on the clipboard; the theme choice changes every code and the preview', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await context.newPage();
    await page.goto(`${site.url}charts/${ID}/`, { waitUntil: 'load' });
    const first = page.locator('[data-embed-code] textarea').first();
    const button = page.locator('[data-embed-code] button[data-copy]').first();
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await first.inputValue());
    await expect.poll(() => page.locator('[data-embed-code] [role="status"]').first().textContent()).toBe('Copied.');

    await page.locator('[data-embed-code] summary').click();
    const preview = page.frameLocator('iframe[data-embed-preview]');
    await expect.poll(() => preview.locator('h1').count()).toBe(1);
    // embed.js on the chart page sizes the preview to its content.
    const frame = page.frames().find((f) => f.url().includes(`/embed/${ID}/`))!;
    expect(await settled(frame)).toBeGreaterThan(200);

    await page.locator('[data-embed-code] input[value="dark"]').check();
    expect(await first.inputValue()).toContain(`/embed/${ID}/?theme=dark`);
    await expect.poll(() => page.locator('iframe[data-embed-preview]').getAttribute('src')).toMatch(/\?theme=dark$/);
    await expect.poll(() => preview.locator('html').getAttribute('data-theme')).toBe('dark');
    await context.close();
  });
});

describe('/embed-preview/', () => {
  test('every frame is sized to its content by embed.js', async () => {
    const page = await openHost('/plain.html', 1100, 6000);
    await page.goto(`${site.url}embed-preview/`, { waitUntil: 'load' });
    // The first chart's four widths (later charts' frames load lazily as they scroll in).
    const embedFrames = page.frames().filter((f) => f.url().includes('/embed/'));
    const firstChart = new URL(embedFrames[0]!.url()).pathname.split('/embed/')[1]?.split('/')[0];
    const frames = embedFrames.filter((f) => f.url().includes(`/embed/${firstChart}/`));
    expect(frames).toHaveLength(4);
    const sizes: number[] = [];
    for (const frame of frames) {
      await frame.waitForLoadState('load');
      sizes.push(await settled(frame));
    }
    // Narrow frames stack the panels, so they are taller.
    expect(sizes[0]).toBeGreaterThan(sizes[3]!);
    await page.context().close();
  });
});
