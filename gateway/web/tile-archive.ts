/**
 * An offline map the operator prepared while online: a PMTiles or MBTiles extract of their area, read tile by
 * tile and served by the gateway so the page can draw the mesh's nodes on a map with no internet. Both formats
 * come out the same (`tile(z, x, y)` in XYZ numbering, uncompressed), so the page needs one tile address.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { webErrors } from './errors.ts';

export type TileFormat = 'png' | 'jpg' | 'webp' | 'pbf';

interface MapInfo {
  format: TileFormat;
  /** Raster tiles are pictures; vector tiles (pbf) are drawn by the page with a plain style of its own. */
  kind: 'raster' | 'vector';
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** [longitude, latitude, zoom]. */
  center: [number, number, number];
}

export interface TileArchive {
  readonly info: MapInfo;
  tile(z: number, x: number, y: number): Promise<Uint8Array | undefined>;
  close(): Promise<void>;
}

const WORLD: MapInfo['bounds'] = [-180, -85, 180, 85];

export async function openTileArchive(path: string): Promise<TileArchive> {
  if (path.endsWith('.mbtiles')) return openMbtiles(path);
  if (path.endsWith('.pmtiles')) return openPmtiles(path);
  throw webErrors.MESHLOOM_ERR_MAP_TILES(path, 'the file name must end in .pmtiles or .mbtiles');
}

/** Vector tiles are usually stored gzipped; the page wants them plain. */
const gunzipped = (data: Uint8Array): Uint8Array => (data[0] === 0x1f && data[1] === 0x8b ? new Uint8Array(gunzipSync(data)) : data);

function openMbtiles(path: string): TileArchive {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw webErrors.MESHLOOM_ERR_MAP_TILES(path, (err as Error).message);
  }
  let meta: Map<string, string>;
  let lookup: Database.Statement;
  try {
    meta = new Map((db.prepare('SELECT name, value FROM metadata').all() as { name: string; value: string }[]).map((row) => [row.name, row.value]));
    lookup = db.prepare('SELECT tile_data AS data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?');
  } catch (err) {
    db.close();
    throw webErrors.MESHLOOM_ERR_MAP_TILES(path, `not an MBTiles file (${(err as Error).message})`);
  }
  const format = (meta.get('format') ?? 'png').replace('jpeg', 'jpg') as TileFormat;
  if (!['png', 'jpg', 'webp', 'pbf'].includes(format)) {
    db.close();
    throw webErrors.MESHLOOM_ERR_MAP_TILES(path, `tiles of format "${format}" cannot be drawn (png, jpg, webp or pbf)`);
  }
  const numbers = (text: string | undefined, count: number) => {
    const values = (text ?? '').split(',').map(Number);
    return values.length === count && values.every(Number.isFinite) ? values : undefined;
  };
  const bounds = (numbers(meta.get('bounds'), 4) as MapInfo['bounds'] | undefined) ?? WORLD;
  const minzoom = Number(meta.get('minzoom') ?? 0);
  const maxzoom = Number(meta.get('maxzoom') ?? 14);
  const center = (numbers(meta.get('center'), 3) as MapInfo['center'] | undefined) ?? [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, minzoom];
  return {
    info: { format, kind: format === 'pbf' ? 'vector' : 'raster', minzoom, maxzoom, bounds, center },
    // MBTiles number rows from the south (TMS); the page asks in XYZ, numbered from the north.
    tile: async (z, x, y) => {
      const row = lookup.get(z, x, 2 ** z - 1 - y) as { data: Buffer } | undefined;
      return row ? gunzipped(new Uint8Array(row.data)) : undefined;
    },
    close: async () => {
      db.close();
    },
  };
}

/** PMTiles reads byte ranges of the archive; here from a file on the gateway's disk. */
class FileRangeSource implements Source {
  constructor(
    private readonly path: string,
    private readonly file: FileHandle,
  ) {}

  getKey(): string {
    return this.path;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await this.file.read(buffer, 0, length, offset);
    return { data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + bytesRead) };
  }
}

const PM_FORMATS: Partial<Record<TileType, TileFormat>> = {
  [TileType.Png]: 'png',
  [TileType.Jpeg]: 'jpg',
  [TileType.Webp]: 'webp',
  [TileType.Mvt]: 'pbf',
};

async function openPmtiles(path: string): Promise<TileArchive> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (err) {
    throw webErrors.MESHLOOM_ERR_MAP_TILES(path, (err as Error).message);
  }
  const archive = new PMTiles(new FileRangeSource(path, file));
  let header: Awaited<ReturnType<PMTiles['getHeader']>>;
  try {
    header = await archive.getHeader();
  } catch (err) {
    await file.close();
    throw webErrors.MESHLOOM_ERR_MAP_TILES(path, `not a PMTiles archive (${(err as Error).message})`);
  }
  const format = PM_FORMATS[header.tileType];
  if (!format) {
    await file.close();
    throw webErrors.MESHLOOM_ERR_MAP_TILES(path, 'its tiles are of a kind the page cannot draw (png, jpg, webp or vector tiles)');
  }
  return {
    info: {
      format,
      kind: format === 'pbf' ? 'vector' : 'raster',
      minzoom: header.minZoom,
      maxzoom: header.maxZoom,
      bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
      center: [header.centerLon, header.centerLat, header.centerZoom],
    },
    tile: async (z, x, y) => {
      const found = await archive.getZxy(z, x, y);
      return found ? gunzipped(new Uint8Array(found.data)) : undefined;
    },
    close: () => file.close(),
  };
}
