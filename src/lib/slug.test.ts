import { expect, test } from 'vitest';
import { slug, Slugs } from './slug';

test('slugs follow GitHub / rehype-slug and keep accented letters whole', () => {
  expect(slug('Lesson 1: Why border or demand?')).toBe('lesson-1-why-border-or-demand');
  expect(slug('Educación pública')).toBe('educación-pública');
  expect(slug('   ')).toBe('section');
});

test('repeated headings in one document get numbered ids', () => {
  const ids = new Slugs();
  expect([ids.next('Sources'), ids.next('Sources'), ids.next('')]).toEqual(['sources', 'sources-1', 'section']);
});
