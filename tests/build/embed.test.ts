/**
 * Build output of the embed feature: oEmbed documents and discovery links, the embed codes on
 * chart pages, the embed page's attributes and scripts, embed.js and /embed-preview/.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chartSpecs, DIST, distExists, distFiles, page, readDist, text } from '../support/dist';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(path.join(DIST, file));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const embeddable = chartSpecs().filter((s) => s.embeddable !== false);

describe.each(embeddable)('chart $id', (spec) => {
  const chartPage = () => page(`/charts/${spec.id}/`);

  test('the chart page links its oEmbed document from <head>', () => {
    const link = chartPage().querySelector('head link[rel="alternate"][type="application/json+oembed"]');
    expect(link?.getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+/oembed/${spec.id}\\.json$`));
  });

  test('the oEmbed document is a rich response with the responsive embed code', () => {
    const json = JSON.parse(readDist(`/oembed/${spec.id}.json`)) as Record<string, unknown>;
    expect(json).toMatchObject({ version: '1.0', type: 'rich', title: spec.title, provider_name: expect.any(String) });
    expect(json['provider_url']).toMatch(/^https?:\/\//);
    expect(json['width']).toBeGreaterThanOrEqual(320);
    expect(json['height']).toBeGreaterThan(200);
    const html = parse(String(json['html']));
    const iframe = html.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toMatch(new RegExp(`^https?://[^/]+/embed/${spec.id}/$`));
    expect(iframe?.getAttribute('title')).toBe(spec.title);
    expect(iframe?.getAttribute('loading')).toBe('lazy');
    expect(html.querySelector('script')?.getAttribute('src')).toMatch(/^https?:\/\/[^/]+\/embed\.js$/);
    if ('thumbnail_url' in json) {
      expect(json['thumbnail_url']).toMatch(/^https?:\/\/.+\.png$/);
      expect(json['thumbnail_width']).toBeGreaterThan(0);
      expect(json['thumbnail_height']).toBeGreaterThan(0);
    }
  });

  test('the chart page offers every embed form, each with a copy button, and a preview', () => {
    const section = chartPage().querySelector('[data-embed-code]');
    expect(section).not.toBeNull();
    const areas = section?.querySelectorAll('textarea') ?? [];
    expect(areas.length).toBeGreaterThanOrEqual(3);
    const codes = areas.map((a) => a.textContent);
    expect(codes[0]).toContain('/embed.js');
    expect(codes.some((c) => c.includes('data-pym-src'))).toBe(true);
    for (const area of areas) {
      expect(section?.querySelector(`button[data-copy="${area.getAttribute('id')}"]`)).not.toBeNull();
      // Each theme's variant of the code is ready for the theme choice.
      for (const theme of ['auto', 'light', 'dark']) expect(area.getAttribute(`data-code-${theme}`)).toBeTruthy();
      const dark = area.getAttribute('data-code-dark') ?? '';
      if (/<iframe|data-pym-src/.test(dark)) expect(dark).toContain('/?theme=dark');
    }
    expect(section?.querySelector('iframe[data-embed-preview]')?.getAttribute('loading')).toBe('lazy');
  });

  test('the static-image code shows the built PNG at its real size, linked to the chart page', () => {
    const area = chartPage().querySelectorAll('[data-embed-code] textarea').find((a) => a.textContent.includes('<img'));
    const code = parse(area?.textContent ?? '');
    const img = code.querySelector('a > img');
    expect(code.querySelector('a')?.getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+/charts/${spec.id}/$`));
    expect(img?.getAttribute('src')).toMatch(new RegExp(`^https?://[^/]+/embed/${spec.id}\\.png$`));
    expect(img?.getAttribute('alt')).toContain(spec.title);
    const { width, height } = pngSize(`/embed/${spec.id}.png`);
    expect([Number(img?.getAttribute('width')), Number(img?.getAttribute('height'))]).toEqual([width, height]);
    expect(text(code.querySelector('p'))).toMatch(/^Source: /);
    const json = JSON.parse(readDist(`/oembed/${spec.id}.json`)) as Record<string, unknown>;
    expect([json['thumbnail_width'], json['thumbnail_height']]).toEqual([width, height]);
  });

  test('every iframe in every embed code has a title and loading="lazy"', () => {
    const areas = chartPage().querySelectorAll('[data-embed-code] textarea');
    const frames = areas.flatMap((a) => ['auto', 'light', 'dark'].flatMap((t) => parse(a.getAttribute(`data-code-${t}`) ?? '').querySelectorAll('iframe')));
    expect(frames.length).toBeGreaterThanOrEqual(6);
    for (const frame of frames) {
      expect(frame.getAttribute('title')).toBe(spec.title);
      expect(frame.getAttribute('loading')).toBe('lazy');
      expect(frame.getAttribute('style')).toMatch(/height:\d+px/);
    }
  });

  test('the embed page carries its id, loads its height script as a file, and has no large inline script', () => {
    const doc = page(`/embed/${spec.id}/`);
    expect(doc.querySelector('html')?.getAttribute('data-embed')).toBe(spec.id);
    expect(doc.querySelectorAll('script[type="module"][src]').length).toBeGreaterThan(0);
    // The theme-before-paint snippet is the only inline script of our own besides Astro's island runtime.
    const inline = doc.querySelectorAll('script:not([src])').map((s) => s.textContent);
    const ours = inline.filter((s) => !s.includes('astro-island') && !s.includes('Astro'));
    for (const s of ours) expect(s.length).toBeLessThan(300);
    expect(text(doc.querySelector('.chart-source'))).toMatch(/View on the site/);
  });
});

describe('embed.js and the preview page', () => {
  test('embed.js is built at the site root', () => {
    expect(distFiles()).toContain('/embed.js');
    expect(readDist('/embed.js')).toContain('fentanyl-explainer:embed-height');
  });

  test('/embed-preview/ frames every embeddable chart at 320, 480, 720 and 1000 px', () => {
    const doc = page('/embed-preview/');
    for (const spec of embeddable) {
      const widths = doc.querySelectorAll(`iframe[src="/embed/${spec.id}/"]`).map((f) => Number(f.getAttribute('data-preview-width')));
      expect(widths).toEqual([320, 480, 720, 1000]);
    }
    for (const frame of doc.querySelectorAll('iframe')) {
      expect(frame.getAttribute('title')?.length ?? 0).toBeGreaterThan(5);
      expect(frame.getAttribute('loading')).toBe('lazy');
    }
    expect(doc.querySelector('script[src="/embed.js"]')).not.toBeNull();
  });
});
