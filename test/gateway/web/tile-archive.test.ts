/**
 * The operator's offline map: MBTiles and PMTiles extracts read the same, tile by tile in XYZ numbering, and a
 * file that is not one says so plainly.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTileArchive } from '../../../gateway/web/tile-archive.ts';
import { gridPng, tilesAround, writeMbtiles, writePmtiles, type FixtureExtent } from '../../support/tile-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'meshloom-tiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const extent: FixtureExtent = { bounds: [-2.6, 51.44, -2.57, 51.47], center: [-2.5879, 51.4545, 14], minzoom: 0, maxzoom: 15 };
// Each zoom level its own colour, so a tile read at the wrong address would not match.
const tiles = Array.from({ length: 16 }, (_, z) => tilesAround(51.4545, -2.5879, z, gridPng([200 + z, 220, 230])).filter((t) => t.z === z)).flat();

describe.each([
  ['mbtiles', writeMbtiles],
  ['pmtiles', writePmtiles],
] as const)('a %s extract', (ext, write) => {
  const path = join(dir, `area.${ext}`);
  write(path, tiles, extent);

  it('says what it holds and where', async () => {
    const archive = await openTileArchive(path);
    try {
      expect(archive.info).toMatchObject({ format: 'png', kind: 'raster', minzoom: 0, maxzoom: 15 });
      expect(archive.info.bounds.map((v) => Number(v.toFixed(4)))).toEqual(extent.bounds);
      expect(archive.info.center.map((v) => Number(v.toFixed(4)))).toEqual(extent.center);
    } finally {
      await archive.close();
    }
  });

  it('gives every tile back by its XYZ address, and nothing where there is none', async () => {
    const archive = await openTileArchive(path);
    try {
      for (const tile of tiles.filter((_, i) => i % 7 === 0)) {
        expect(Buffer.from((await archive.tile(tile.z, tile.x, tile.y)) ?? []).equals(Buffer.from(tile.data)), `${tile.z}/${tile.x}/${tile.y}`).toBe(true);
      }
      expect(await archive.tile(15, 0, 0)).toBeUndefined();
    } finally {
      await archive.close();
    }
  });
});

describe('a file that is not a map extract', () => {
  it.each([
    ['area.geojson', 'must end in .pmtiles or .mbtiles'],
    ['missing.mbtiles', 'cannot use the map tiles'],
    ['garbage.pmtiles', 'not a PMTiles archive'],
    ['garbage.mbtiles', 'not an MBTiles file'],
  ])('%s is refused: %s', async (name, message) => {
    const path = join(dir, name);
    if (name.startsWith('garbage')) writeFileSync(path, 'this is not a tile archive at all, just some words '.repeat(400));
    await expect(openTileArchive(path)).rejects.toMatchObject({ code: 'MESHLOOM_ERR_MAP_TILES', message: expect.stringContaining(message) });
  });
});
