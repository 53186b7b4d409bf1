/**
 * A tiny static file server over dist/ for browser tests: no dependencies, loopback only,
 * serves directory indexes, 404.html for misses, optional extra headers, and the headers
 * the build wrote to dist/_headers (as a Netlify / Cloudflare Pages host would).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../src/lib/security/csp.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, clean);
  if (!file.startsWith(root)) return undefined;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = path.join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Serve `root` on 127.0.0.1 (port 0 = any free port). `prefix` mounts the site under a
 * sub-path, like a host that serves it at /fentanyl/.
 */
export async function serveStatic(
  root: string,
  options: { port?: number; prefix?: string; headers?: Record<string, string>; headersFile?: boolean; gzip?: boolean } = {},
): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const prefix = (options.prefix ?? '/').replace(/\/?$/, '/');
  const rules = options.headersFile === false
    ? []
    : parseHeadersFile(await readFile(path.join(absRoot, '_headers'), 'utf8').catch(() => ''));
  const server: Server = createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const inPrefix = urlPath.startsWith(prefix) ? '/' + urlPath.slice(prefix.length) : undefined;
    const file = inPrefix === undefined ? undefined : await resolveFile(absRoot, inPrefix);
    const headers = { ...headersFor(rules, file ? urlPath : `${prefix}404.html`), ...options.headers };
    if (!file) {
      const notFound = await readFile(path.join(absRoot, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
      return;
    }
    const body = await readFile(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // `gzip: true` compresses text as a real host would (the benchmark uses it).
    if (options.gzip && /text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
