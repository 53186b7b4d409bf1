// @ts-check
/**
 * After the build, every page in dist/ is read for leftovers a reader must never see
 * (src/lib/content/leftovers.mjs): unparsed Markdown, placeholder text, empty sections. Any one
 * fails the build, with the page and an excerpt (issue 12 item 7).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';
import { findLeftovers } from '../lib/content/leftovers.mjs';

/**
 * Pages exempt from the placeholder rule only (the Markdown and empty-section rules still apply).
 * None: every chart the kit cites exists, so no page may say "(chart coming)".
 */
/** @type {RegExp[]} */
const PLACEHOLDER_EXEMPT = [];


export class LeftoverError extends Error {
  /** @param {{ file: string, problems: string[] }[]} pages */
  constructor(pages) {
    super(`Leftovers would reach readers (fix the content, not the check):\n${pages.map((p) => `  ${p.file}:\n    ${p.problems.join('\n    ')}`).join('\n')}`);
    this.name = 'LeftoverError';
  }
}

/** @param {string} dist @returns {Promise<{ file: string, problems: string[] }[]>} */
export async function leftoversIn(dist) {
  const files = await htmlFiles(dist);
  const pages = await Promise.all(files.map(async (full) => {
    const file = path.relative(dist, full).split(path.sep).join('/');
    const exempt = PLACEHOLDER_EXEMPT.some((re) => re.test(file));
    const problems = findLeftovers(await readFile(full, 'utf8')).filter((p) => !(exempt && p.startsWith('placeholder text')));
    return { file, problems };
  }));
  return pages.filter((p) => p.problems.length);
}

/** @returns {import('astro').AstroIntegration} */
export default function leftovers() {
  return {
    name: 'leftovers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bad = await leftoversIn(fileURLToPath(dir));
        if (bad.length) throw new LeftoverError(bad);
        logger.info('no unparsed Markdown, placeholders or empty sections in any page');
      },
    },
  };
}
