/**
 * A static file server on a free localhost port for the perf scripts (bench.ts, keystroke.ts): each gives
 * the file to answer a path with, as a relative path under a root, or null for 404. Paths that climb out of
 * the root ("..") are refused.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/vnd.pmtiles',
};

/** `route` maps a decoded URL path ("/app/index.html") to a root directory and a path under it. */
export function serveFiles(
  route: (path: string) => { root: string; rel: string },
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const { root, rel } = route(decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    const clean = normalize(rel || 'index.html');
    const file = clean.startsWith('..') ? null : join(root, clean);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Byte ranges (one range, `bytes=a-b`), as any CDN serves them: what the pmtiles protocol asks for. Only
    // the range is read (an archive is tens of MB, a tile a few kB).
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const size = statSync(file).size;
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
      if (start > end) {
        res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
        return;
      }
      const body = Buffer.alloc(end + 1 - start);
      const fd = openSync(file, 'r');
      try {
        readSync(fd, body, 0, body.length, start);
      } finally {
        closeSync(fd);
      }
      res.writeHead(206, {
        'content-type': type,
        'content-range': `bytes ${start}-${end}/${size}`,
        'accept-ranges': 'bytes',
      });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  );
}
