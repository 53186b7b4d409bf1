import { expect, test } from 'vitest';
import { creditName, hostOf, isOriginatingUrl, isReprint, shortPublisher } from './origins';

test('originating hosts match themselves and their subdomains only', () => {
  expect(isOriginatingUrl('https://www.cdc.gov/nchs/x')).toBe(true);
  expect(isOriginatingUrl('https://stacks.cdc.gov/view/cdc/170565')).toBe(true);
  expect(isOriginatingUrl('https://news.gallup.com/poll/1')).toBe(true);
  expect(isOriginatingUrl('https://notcdc.gov.example.com/')).toBe(false);
  expect(isOriginatingUrl('https://wikimili.com/en/x')).toBe(false);
  expect(isOriginatingUrl('https://www.iza.org/publications/dp/11489/x')).toBe(true);
  expect(isOriginatingUrl('https://tr.scribd.com/document/373236554/x')).toBe(false);
  expect(isOriginatingUrl('')).toBe(false);
  expect(hostOf('not a url')).toBe('');
});

test('a page on an agency host that relays another agency is a reprint', () => {
  expect(isReprint({ publisher: 'SAMHSA (Mountain Plains, citing DEA One Pill Can Kill page)', url: 'https://mfpcc.samhsa.gov/x', origin: 'DEA' })).toBe(true);
  expect(isReprint({ publisher: 'CDC/NCHS', url: 'https://www.cdc.gov/nchs/x', origin: 'CDC/NCHS' })).toBe(false);
  expect(isReprint({ publisher: 'Washington Examiner', url: 'https://www.washingtonexaminer.com/x', origin: 'CBP' })).toBe(true);
});

test('credit falls back to the publisher; short publisher drops the parenthesis', () => {
  expect(creditName({ publisher: 'KFF', url: '', origin: '' })).toBe('KFF');
  expect(creditName({ publisher: 'Weekly Blitz', url: '', origin: 'CBP' })).toBe('CBP');
  expect(shortPublisher('Washington Examiner (Anna Giaritelli; reprinted on am1.news)')).toBe('Washington Examiner');
});
