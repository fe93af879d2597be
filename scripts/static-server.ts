/**
 * A minimal static file server for the built app, used by the real-browser tests and the
 * benchmarks. It serves `root` under `prefix` (e.g. `/intranet/tools/net-assessment/`) so the
 * tests prove the build works under any sub-path, and it refuses anything outside the prefix.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A running server. */
export interface StaticServer {
  /** Origin + prefix, ending with `/`. */
  url: string;
  /** Origin only (`http://127.0.0.1:port`). */
  origin: string;
  /** Stop the server. */
  close: () => Promise<void>;
}

/** Serve `root` under `prefix` on 127.0.0.1 at a free port. */
export async function startStaticServer(root: string, prefix = '/'): Promise<StaticServer> {
  const base = resolve(root);
  const cleanPrefix = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (!path.startsWith(cleanPrefix)) {
      res.writeHead(404).end('outside prefix');
      return;
    }
    let file = normalize(join(base, path.slice(cleanPrefix.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${cleanPrefix}`,
    origin,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
