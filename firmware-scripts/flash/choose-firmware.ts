/**
 * Picks the file to flash from what the operator gave: a firmware file itself, or a Meshtastic release folder
 * (the unzipped firmware-<version>.zip) from which the board's file is chosen by its hardware model.
 */
import { readdirSync, statSync } from 'node:fs';
import { checkImage } from './image-check.ts';
import { basename, extname, join } from 'node:path';
import { flashErrors } from './flash-errors.ts';
import type { Board, FlashMethod } from './boards.ts';

export interface FirmwareChoice {
  path: string;
  method: FlashMethod;
  /** Where an ESP32 image goes: the app partition for an update, 0 for a factory image. */
  address: number;
  bytes: number;
}

export const ESP32_APP_OFFSET = 0x10000;

export function chooseFirmware(source: string, board: Board | undefined): FirmwareChoice {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(source);
  } catch {
    throw flashErrors.MESHLOOM_ERR_FLASH_FILE(source, 'does not exist');
  }
  if (stats.isFile()) return describe(source, stats.size);
  if (!board) throw flashErrors.MESHLOOM_ERR_FLASH_BOARD('give --hw MODEL (or connect a radio that runs Meshtastic) to pick a file from a release folder');
  const files = readdirSync(source);
  const prefix = `firmware-${board.env}-`;
  const wanted =
    board.method === 'uf2'
      ? files.filter((f) => f.startsWith(prefix) && f.endsWith('.uf2'))
      : files.filter((f) => f.startsWith(prefix) && f.endsWith('.bin') && !f.endsWith('.factory.bin') && !f.includes('-ota'));
  // Versions sort as text well enough within one release folder; the newest comes last.
  const chosen = wanted.sort().at(-1);
  if (!chosen) throw flashErrors.MESHLOOM_ERR_FLASH_FILE(source, `holds no ${prefix}*${board.method === 'uf2' ? '.uf2' : '.bin'}`);
  const path = join(source, chosen);
  return describe(path, statSync(path).size);
}

/** What the file is and where it goes, once its contents are checked (an empty or cut-short image is refused). */
function describe(path: string, bytes: number): FirmwareChoice {
  const ext = extname(path).toLowerCase();
  const choice: FirmwareChoice | undefined =
    ext === '.uf2'
      ? { path, method: 'uf2', address: 0, bytes }
      : ext === '.bin'
        ? { path, method: 'esptool', address: basename(path).endsWith('.factory.bin') ? 0 : ESP32_APP_OFFSET, bytes }
        : undefined;
  if (!choice) throw flashErrors.MESHLOOM_ERR_FLASH_FILE(path, 'is neither a .bin (ESP32) nor a .uf2 (nRF52, RP2040) image');
  checkImage(path, choice.method, choice.address, ESP32_APP_OFFSET);
  return choice;
}
