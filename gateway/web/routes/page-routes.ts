/**
 * The neighbourhood page: a fixed set of files, all served from here (the page must work with no internet). The
 * manifest and the service worker make it installable and let its shell open while the gateway restarts.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/i18n.js': { file: 'i18n.js', type: 'text/javascript; charset=utf-8' },
  '/outbox.js': { file: 'outbox.js', type: 'text/javascript; charset=utf-8' },
  '/dom.js': { file: 'dom.js', type: 'text/javascript; charset=utf-8' },
  '/offline-map.js': { file: 'offline-map.js', type: 'text/javascript; charset=utf-8' },
  '/sw.js': { file: 'sw.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
  '/manifest.webmanifest': { file: 'manifest.webmanifest', type: 'application/manifest+json; charset=utf-8' },
  '/icon.svg': { file: 'icon.svg', type: 'image/svg+xml' },
  '/icon-192.png': { file: 'icon-192.png', type: 'image/png' },
  '/icon-512.png': { file: 'icon-512.png', type: 'image/png' },
};

export async function pageRoutes(app: FastifyInstance): Promise<void> {
  for (const [url, { file, type }] of Object.entries(FILES)) {
    const body = readFileSync(new URL(`../public/${file}`, import.meta.url));
    app.get(url, { schema: { hide: true } }, async (_request, reply) => reply.type(type).header('cache-control', 'no-cache').send(body));
  }
}
