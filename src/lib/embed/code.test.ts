import { describe, expect, test } from 'vitest';
import { embedCodes, escapeHtml, fixedEmbedHeight, graphicHeights, PYM_SCRIPT_URL, type EmbedCodeInput } from './code';

const input: EmbedCodeInput = {
  title: 'Seizures "rose" <fast> & fell',
  embedUrl: 'https://site.example/embed/x/?theme=dark&view=a',
  scriptUrl: 'https://site.example/embed.js',
  pageUrl: 'https://site.example/charts/x/',
  source: 'DEA & SAMHSA',
  fixedHeight: 812.4,
};

describe('escapeHtml', () => {
  test('escapes everything that could break out of an attribute or text', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe('&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;');
  });
});

describe('embedCodes', () => {
  test('offers script, pym and plain iframe forms; the image form only with an image', () => {
    expect(embedCodes(input).map((c) => c.kind)).toEqual(['script', 'pym', 'iframe']);
    const withImage = embedCodes({ ...input, image: { url: 'https://site.example/embed/x.png', width: 1200, height: 800, alt: 'A chart' } });
    expect(withImage.map((c) => c.kind)).toEqual(['script', 'pym', 'iframe', 'image']);
    const image = withImage[3]!.code;
    expect(image).toContain('<img src="https://site.example/embed/x.png" alt="A chart" width="1200" height="800"');
    expect(image).toContain('Source: DEA &amp; SAMHSA.');
  });

  test('every iframe has a title and loading="lazy", and values are escaped', () => {
    for (const { code } of embedCodes(input)) {
      for (const frame of code.match(/<iframe[^>]*>/g) ?? []) {
        expect(frame).toContain('title="Seizures &quot;rose&quot; &lt;fast&gt; &amp; fell"');
        expect(frame).toContain('loading="lazy"');
        expect(frame).toContain('src="https://site.example/embed/x/?theme=dark&amp;view=a"');
        expect(frame).toContain('height:812px');
      }
    }
  });

  test('the script form loads embed.js; the pym form uses data-pym-src', () => {
    const [script, pym, plain] = embedCodes(input);
    expect(script!.code).toMatch(/<iframe [^>]+><\/iframe>\n<script async src="https:\/\/site\.example\/embed\.js"><\/script>$/);
    expect(pym!.code).toContain('<div data-pym-src="https://site.example/embed/x/?theme=dark&amp;view=a"');
    expect(pym!.code).toContain(`<script src="${PYM_SCRIPT_URL}"></script>`);
    expect(plain!.code).not.toContain('<script');
  });
});

describe('fixedEmbedHeight', () => {
  test('stacks the graphic heights and adds room for text', () => {
    expect(fixedEmbedHeight([250, 250])).toBe(860);
    expect(fixedEmbedHeight([300])).toBe(640);
  });
});


test('graphic heights come from panels, else a single height, else a default', () => {
  expect(graphicHeights({ type: 'column-panels', panels: [{ height: 260 }, { height: 200 }] })).toEqual([260, 200]);
  expect(graphicHeights({ type: 'line', height: 320 })).toEqual([320]);
  expect(graphicHeights({ type: 'other' })).toEqual([400]);
  expect(graphicHeights(undefined)).toEqual([400]);
});
