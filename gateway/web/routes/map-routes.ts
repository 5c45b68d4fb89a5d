/**
 * The offline map: the operator's tile extract, tile by tile, and the map library the page draws it with
 * (maplibre-gl's CSP build, from node_modules: nothing comes from a CDN). Without `--map-tiles` /api/map says
 * there is no map and the page keeps its own drawing of the mesh.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { TileFormat } from '../tile-archive.ts';
import type { WebDeps } from '../web-deps.ts';

const TILE_TYPES: Record<TileFormat, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  pbf: 'application/x-protobuf',
};

const VENDOR: Record<string, { file: string; type: string }> = {
  'maplibre-gl.js': { file: 'maplibre-gl-csp.js', type: 'text/javascript; charset=utf-8' },
  'maplibre-gl-worker.js': { file: 'maplibre-gl-csp-worker.js', type: 'text/javascript; charset=utf-8' },
  'maplibre-gl.css': { file: 'maplibre-gl.css', type: 'text/css; charset=utf-8' },
};

const maplibreDist = () => dirname(createRequire(import.meta.url).resolve('maplibre-gl'));

const tileParams = {
  type: 'object',
  properties: {
    z: { type: 'integer', minimum: 0, maximum: 24 },
    x: { type: 'integer', minimum: 0 },
    y: { type: 'integer', minimum: 0 },
  },
  required: ['z', 'x', 'y'],
} as const;

export function mapRoutes(deps: WebDeps) {
  return async (app: FastifyInstance) => {
    app.get(
      '/api/map',
      {
        schema: {
          summary: 'Whether this gateway has an offline map, and its extent',
          response: {
            200: {
              type: 'object',
              properties: {
                available: { type: 'boolean' },
                kind: { type: 'string', enum: ['raster', 'vector'] },
                format: { type: 'string' },
                minzoom: { type: 'number' },
                maxzoom: { type: 'number' },
                bounds: { type: 'array', items: { type: 'number' } },
                center: { type: 'array', items: { type: 'number' } },
                tiles: { type: 'string' },
              },
            },
          },
        },
      },
      async () => (deps.map ? { available: true, ...deps.map.info, tiles: '/map/tiles/{z}/{x}/{y}' } : { available: false }),
    );

    app.get('/map/tiles/:z/:x/:y', { schema: { hide: true, params: tileParams } }, async (request, reply) => {
      const { z, x, y } = request.params as { z: number; x: number; y: number };
      const map = deps.map;
      if (!map || x >= 2 ** z || y >= 2 ** z) return reply.code(404).send({ error: 'MESHLOOM_ERR_NOT_FOUND', message: 'no such tile' });
      const tile = await map.tile(z, x, y);
      // No tile here (the sea, beyond the extract): nothing to draw, which is not an error.
      if (!tile) return reply.code(204).send();
      return reply.type(TILE_TYPES[map.info.format]).header('cache-control', 'public, max-age=86400').send(Buffer.from(tile));
    });

    const loaded = new Map<string, Buffer>();
    app.get('/vendor/:file', { schema: { hide: true } }, async (request, reply) => {
      const name = (request.params as { file: string }).file;
      const vendor = VENDOR[name];
      if (!vendor) return reply.code(404).send({ error: 'MESHLOOM_ERR_NOT_FOUND', message: `no file ${name}` });
      let body = loaded.get(name);
      if (!body) {
        body = await readFile(join(maplibreDist(), vendor.file));
        loaded.set(name, body);
      }
      return reply.type(vendor.type).header('cache-control', 'no-cache').send(body);
    });
  };
}
