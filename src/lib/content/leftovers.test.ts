import { describe, expect, test } from 'vitest';
import { findLeftovers } from './leftovers.mjs';

const page = (body: string) => `<!doctype html><html><head><title>x</title><style>a{b:c}</style></head><body>${body}</body></html>`;

describe('findLeftovers', () => {
  test('a clean page has none', () => {
    expect(findLeftovers(page('<main><section id="a"><h2>A</h2><p>Deaths fell <strong>sharply</strong> in 2024, a 5 * 3 sum and 2*3.</p></section></main>'))).toEqual([]);
  });

  test.each([
    ['<p>The **supply side** wants</p>', /bold/],
    ['<p>Budget *requests* have leaned</p>', /emphasis/],
    ['<p>the <em>state</em> and *caught* too</p>', /emphasis/],
    ['<p>see [the method](/about/) here</p>', /link/],
    ['<p>## What the argument is about</p>', /heading/],
    ['<div class="chart-coming">Chart coming: intervention-evidence</div>', /placeholder/],
    ['<p>Numbers coming soon</p>', /placeholder/],
    ['<p>TODO: write this</p>', /placeholder/],
  ])('%s', (body, what) => {
    const problems = findLeftovers(page(`<main>${body}</main>`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(what);
  });

  test('an empty section fails; a section with a chart does not', () => {
    expect(findLeftovers(page('<section id="x"><h2>Title</h2>  </section>'))).toEqual(['empty section: #x has nothing but its heading']);
    expect(findLeftovers(page('<section id="y"><h2>Title</h2><svg><rect/></svg></section>'))).toEqual([]);
  });

  test('scripts, styles and code are not reader text', () => {
    expect(findLeftovers(page('<script>a = "**x**"</script><code>**x**</code><p>ok</p>'))).toEqual([]);
  });
});
