import { chromium } from 'playwright-core';
import { serveStatic } from './tests/support/static-server.ts';
const server = await serveStatic('dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const js = process.argv[2] !== 'nojs';
const ctx = await b.newContext({ viewport: { width: 900, height: 1000 }, javaScriptEnabled: js });
const p = await ctx.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto(server.url);
for (const sel of (process.argv[3] ?? '').split(',').filter(Boolean)) {
  const el = p.locator(sel).first();
  await el.scrollIntoViewIfNeeded();
  await p.waitForTimeout(600);
  await el.screenshot({ path: `/tmp/story-shot-${sel.replace(/[^a-z]/gi, '')}.png` });
}
await p.screenshot({ path: '/tmp/story-shot-top.png' });
await b.close(); await server.close();
