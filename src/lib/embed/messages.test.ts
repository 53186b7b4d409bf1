import { describe, expect, test } from 'vitest';
import {
  HEIGHT_TYPE, MAX_HEIGHT, MIN_HEIGHT, REQUEST_TYPE, heightMessages, isHeightRequest, isPymWidthMessage,
  isSaneHeight, pymMessage, readOwnHeight,
} from './messages';

describe('heightMessages', () => {
  test('speaks our dialect, Datawrapper and AMP, rounding up to whole pixels', () => {
    expect(heightMessages('dea-seizures', 612.2, null)).toEqual([
      { type: HEIGHT_TYPE, id: 'dea-seizures', height: 613 },
      { 'datawrapper-height': { 'dea-seizures': 613 } },
      { sentinel: 'amp', type: 'embed-size', height: 613 },
    ]);
  });

  test('adds pym.js when framed by pym', () => {
    const messages = heightMessages('dea-seizures', 600, 'pym-0-abcde');
    expect(messages).toHaveLength(4);
    expect(messages[3]).toBe('pymxPYMxpym-0-abcdexPYMxheightxPYMx600');
  });

  test('the pym message matches the regex pym.js builds for its child id', () => {
    const id = 'pym-1-x9';
    const regex = new RegExp(`^pymxPYMx${id}xPYMx(\\S+)xPYMx(.*)$`);
    expect(pymMessage(id, 'height', 640).match(regex)?.slice(1)).toEqual(['height', '640']);
  });
});

describe('isSaneHeight', () => {
  test.each([MIN_HEIGHT, 300, 612.5, MAX_HEIGHT])('accepts %d', (h) => expect(isSaneHeight(h)).toBe(true));
  test.each([Number.NaN, Infinity, -Infinity, -1, 0, MIN_HEIGHT - 1, MAX_HEIGHT + 1, 1e9, '300', null, undefined, {}])(
    'rejects %j', (h) => expect(isSaneHeight(h)).toBe(false));
});

describe('readOwnHeight', () => {
  test('reads a valid message', () => {
    expect(readOwnHeight({ type: HEIGHT_TYPE, id: 'x', height: 400 })).toEqual({ type: HEIGHT_TYPE, id: 'x', height: 400 });
  });
  test.each([
    ['a string', JSON.stringify({ type: HEIGHT_TYPE, id: 'x', height: 400 })],
    ['null', null],
    ['a number', 400],
    ['another type', { type: 'other', id: 'x', height: 400 }],
    ['no id', { type: HEIGHT_TYPE, height: 400 }],
    ['NaN', { type: HEIGHT_TYPE, id: 'x', height: Number.NaN }],
    ['negative', { type: HEIGHT_TYPE, id: 'x', height: -400 }],
    ['10^9', { type: HEIGHT_TYPE, id: 'x', height: 1e9 }],
    ['a numeric string', { type: HEIGHT_TYPE, id: 'x', height: '400' }],
  ])('rejects %s', (_label, data) => expect(readOwnHeight(data)).toBeNull());
});

describe('requests from parents', () => {
  test('pym width messages for this child only', () => {
    expect(isPymWidthMessage('pymxPYMxc1xPYMxwidthxPYMx640', 'c1')).toBe(true);
    expect(isPymWidthMessage('pymxPYMxc2xPYMxwidthxPYMx640', 'c1')).toBe(false);
    expect(isPymWidthMessage('pymxPYMxc1xPYMxwidthxPYMx640', null)).toBe(false);
    expect(isPymWidthMessage('pymxPYMxc1xPYMxwidthxPYMx<b>', 'c1')).toBe(false);
    expect(isPymWidthMessage({ width: 640 }, 'c1')).toBe(false);
  });
  test('our request message', () => {
    expect(isHeightRequest({ type: REQUEST_TYPE })).toBe(true);
    expect(isHeightRequest(REQUEST_TYPE)).toBe(false);
    expect(isHeightRequest(null)).toBe(false);
  });
});
