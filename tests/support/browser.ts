/**
 * Debian's Chromium driven by playwright-core: no test tool downloads a browser here.
 * `chromium.launch()` always starts with a fresh temporary profile (Playwright passes its
 * own new --user-data-dir and refuses one in `args`).
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
