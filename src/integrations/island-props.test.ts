import { describe, expect, test } from 'vitest';
import { moveIslandProps } from './island-props.mjs';

const big = JSON.stringify({ layout: [0, { label: [0, 'A "quoted" & <tagged> label'.repeat(30)] }] });
const attr = (json: string) => json.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const island = (client: string, props: string) => `<astro-island uid="x" component-url="/_astro/C.js" client="${client}" props="${attr(props)}" ssr><svg></svg></astro-island>`;

describe('moveIslandProps', () => {
  test('moves an intent island\'s props, verbatim, into a content-named file under the base path', () => {
    const { html, files } = moveIslandProps(`<main>${island('intent', big)}</main>`, '/fentanyl/');
    const [name, json] = [...files][0]!;
    expect(json).toBe(big);
    expect(name).toMatch(/^[0-9a-f]{16}\.json$/);
    expect(html).toContain(` props="{}" data-props-src="/fentanyl/_islands/${name}"`);
    expect(html).not.toContain('quoted');
  });

  test('the same props on two islands share one file', () => {
    const { files } = moveIslandProps(island('intent', big) + island('intent', big), '/');
    expect(files.size).toBe(1);
  });

  test('leaves other islands and small props in the page', () => {
    const visible = island('visible', big);
    const small = island('intent', JSON.stringify({ id: [0, 'x'] }));
    const { html, files } = moveIslandProps(visible + small, '/');
    expect(html).toBe(visible + small);
    expect(files.size).toBe(0);
  });

  test('props that are not JSON fail the build instead of shipping a broken island', () => {
    expect(() => moveIslandProps(island('intent', `{"a":${'x'.repeat(600)}`), '/')).toThrow(SyntaxError);
  });
});
