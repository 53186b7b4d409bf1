import { describe, expect, test } from 'vitest';
import { acceptedHeight, originOf } from './parent';
import { HEIGHT_TYPE } from './messages';

const SITE = 'https://fentanyl-explainer.example';
const good = { type: HEIGHT_TYPE, id: 'dea-seizures', height: 640 };

describe('acceptedHeight', () => {
  test('accepts our message from our origin', () => {
    expect(acceptedHeight({ origin: SITE, data: good }, SITE)).toBe(640);
  });
  test.each(['https://evil.example', 'https://fentanyl-explainer.example.evil.example', 'http://fentanyl-explainer.example', 'null', ''])(
    'ignores origin %j', (origin) => expect(acceptedHeight({ origin, data: good }, SITE)).toBeNull());
  test.each([
    { ...good, height: Number.NaN }, { ...good, height: -1 }, { ...good, height: 1e9 }, 'pymxPYMxaxPYMxheightxPYMx300',
    { 'datawrapper-height': { x: 300 } },
  ])('ignores hostile data %j', (data) => expect(acceptedHeight({ origin: SITE, data }, SITE)).toBeNull());
});

describe('originOf', () => {
  test('resolves relative and absolute URLs', () => {
    expect(originOf('https://a.example:8443/embed/x/?theme=dark')).toBe('https://a.example:8443');
    expect(originOf('/embed/x/', 'http://127.0.0.1:4000/page')).toBe('http://127.0.0.1:4000');
  });
  test.each(['about:blank', 'not a url', 'javascript:alert(1)', 'data:text/html,x'])('gives null for %j', (url) => {
    expect(originOf(url)).toBeNull();
  });
});
