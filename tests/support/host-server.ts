/**
 * A stand-in for somebody else's website: serves given HTML pages, plus the real pym.js parent
 * from npm at /pym.v1.js, on its own loopback port — so our embed is cross-origin to it.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface HostServer {
  /** Origin + `/`, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** Add or replace a page at `pathname` (e.g. `/own.html`). */
  setPage: (pathname: string, html: string) => void;
  close: () => Promise<void>;
}

const PYM = readFileSync(path.resolve('node_modules/pym.js/dist/pym.v1.js'));

export async function serveHost(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname === '/pym.v1.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(PYM);
      return;
    }
    const html = pages.get(pathname);
    res.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    setPage: (pathname, html) => { pages.set(pathname, html); },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A plain host page: some text, then `body`, in a column as wide as the window allows. */
export function hostPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{margin:0;padding:16px;font:16px/1.5 serif}iframe{display:block;width:100%;border:0}</style></head>
<body><h1>${title}</h1><p>Host text before the chart.</p>${body}<p>Host text after the chart.</p></body></html>`;
}
