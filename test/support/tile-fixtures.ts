/**
 * Small offline-map extracts for tests, written in the two formats operators bring: MBTiles (SQLite, rows
 * numbered from the south) and PMTiles v3 (one file: header, a directory of Hilbert tile ids, tile data).
 * The tiles are real PNGs (a pale square with a grid and a dark border), so a browser can draw them.
 */
import { crc32, deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { zxyToTileId } from 'pmtiles';

export interface FixtureTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

/** A 256×256 RGB PNG: `rgb` paper, a darker grid every 32 px. */
export function gridPng(rgb: readonly [number, number, number] = [236, 232, 220]): Uint8Array {
  const size = 256;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const line = x % 32 === 0 || y % 32 === 0 || x === size - 1 || y === size - 1;
      const [r, g, b] = line ? [120, 130, 140] : rgb;
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.concat(rows))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** The XYZ tile holding a point at zoom z. */
function tileAt(z: number, latitude: number, longitude: number): { x: number; y: number } {
  const n = 2 ** z;
  const lat = (latitude * Math.PI) / 180;
  return {
    x: Math.floor(((longitude + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n),
  };
}

/** Tiles around a point: at each zoom from 0 to maxzoom, the tile holding it and its eight neighbours. */
export function tilesAround(latitude: number, longitude: number, maxzoom: number, data = gridPng()): FixtureTile[] {
  const tiles = new Map<string, FixtureTile>();
  for (let z = 0; z <= maxzoom; z++) {
    const centre = tileAt(z, latitude, longitude);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const x = centre.x + dx;
        const y = centre.y + dy;
        if (x >= 0 && y >= 0 && x < 2 ** z && y < 2 ** z) tiles.set(`${z}/${x}/${y}`, { z, x, y, data });
      }
    }
  }
  return [...tiles.values()];
}

export interface FixtureExtent {
  bounds: [number, number, number, number];
  center: [number, number, number];
  minzoom: number;
  maxzoom: number;
}

export function writeMbtiles(path: string, tiles: readonly FixtureTile[], extent: FixtureExtent, format = 'png'): void {
  const db = new Database(path);
  db.exec(`CREATE TABLE metadata (name TEXT, value TEXT);
    CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);`);
  const meta = db.prepare('INSERT INTO metadata VALUES (?, ?)');
  for (const [name, value] of Object.entries({
    name: 'test extract',
    format,
    bounds: extent.bounds.join(','),
    center: extent.center.join(','),
    minzoom: String(extent.minzoom),
    maxzoom: String(extent.maxzoom),
  })) {
    meta.run(name, value);
  }
  const insert = db.prepare('INSERT INTO tiles VALUES (?, ?, ?, ?)');
  for (const tile of tiles) insert.run(tile.z, tile.x, 2 ** tile.z - 1 - tile.y, Buffer.from(tile.data));
  db.close();
}

function varint(value: number, out: number[]): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A PMTiles v3 archive with an uncompressed root directory and uncompressed PNG tiles. */
export function writePmtiles(path: string, tiles: readonly FixtureTile[], extent: FixtureExtent): void {
  const entries = tiles.map((tile) => ({ id: zxyToTileId(tile.z, tile.x, tile.y), data: tile.data })).sort((a, b) => a.id - b.id);
  const directory: number[] = [];
  varint(entries.length, directory);
  let last = 0;
  for (const entry of entries) {
    varint(entry.id - last, directory);
    last = entry.id;
  }
  for (const _ of entries) varint(1, directory);
  for (const entry of entries) varint(entry.data.length, directory);
  let offset = 0;
  for (const entry of entries) {
    varint(offset + 1, directory);
    offset += entry.data.length;
  }
  const root = Buffer.from(directory);
  const data = Buffer.concat(entries.map((entry) => Buffer.from(entry.data)));
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = (at: number, value: number) => header.writeBigUInt64LE(BigInt(value), at);
  u64(8, 127);
  u64(16, root.length);
  u64(24, 127 + root.length);
  u64(32, 0);
  u64(40, 127 + root.length);
  u64(48, 0);
  u64(56, 127 + root.length);
  u64(64, data.length);
  u64(72, entries.length);
  u64(80, entries.length);
  u64(88, entries.length);
  header.writeUInt8(1, 96);
  header.writeUInt8(1, 97);
  header.writeUInt8(1, 98);
  header.writeUInt8(2, 99);
  header.writeUInt8(extent.minzoom, 100);
  header.writeUInt8(extent.maxzoom, 101);
  const e7 = (at: number, degrees: number) => header.writeInt32LE(Math.round(degrees * 1e7), at);
  e7(102, extent.bounds[0]);
  e7(106, extent.bounds[1]);
  e7(110, extent.bounds[2]);
  e7(114, extent.bounds[3]);
  header.writeUInt8(extent.center[2], 118);
  e7(119, extent.center[0]);
  e7(123, extent.center[1]);
  writeFileSync(path, Buffer.concat([header, root, data]));
}
