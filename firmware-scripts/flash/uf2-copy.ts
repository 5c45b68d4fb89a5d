/**
 * nRF52 and RP2040 boards flash by themselves once a UF2 file is copied onto the USB drive their bootloader
 * shows (double-press RESET). The drive is known by the INFO_UF2.TXT file at its root.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readSync, statSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { flashErrors } from './flash-errors.ts';

const MOUNT_ROOTS = ['/media', '/run/media', '/mnt', '/Volumes'];

/** Folders that look like a UF2 bootloader drive, searched two levels under the usual mount points. */
export function findUf2Drives(roots: readonly string[] = MOUNT_ROOTS): string[] {
  const found: string[] = [];
  const visit = (dir: string, depth: number) => {
    if (existsSync(join(dir, 'INFO_UF2.TXT'))) found.push(dir);
    if (depth === 0) return;
    let entries: string[] = [];
    try {
      entries = readdirSync(dir);
    } catch {
      return; // a mount point we may not read is not our drive
    }
    for (const entry of entries) {
      const path = join(dir, entry);
      try {
        if (statSync(path).isDirectory()) visit(path, depth - 1);
      } catch {}
    }
  };
  for (const root of roots) if (existsSync(root)) visit(root, 2);
  return found;
}

export function checkUf2Drive(drive: string): void {
  if (!existsSync(join(drive, 'INFO_UF2.TXT'))) {
    throw flashErrors.MESHLOOM_ERR_FLASH_DRIVE(`${drive} has no INFO_UF2.TXT; double-press RESET on the board so its bootloader drive appears`);
  }
}

/** Copy the image onto the drive in chunks, reporting progress, and flush it to the device. */
export function copyUf2(file: string, drive: string, onProgress: (done: number, total: number) => void = () => undefined): string {
  checkUf2Drive(drive);
  const target = join(drive, basename(file));
  const total = statSync(file).size;
  const input = openSync(file, 'r');
  const output = openSync(target, 'w');
  try {
    const chunk = Buffer.alloc(64 * 1024);
    let done = 0;
    for (;;) {
      const read = readSync(input, chunk, 0, chunk.length, null);
      if (read === 0) break;
      writeSync(output, chunk, 0, read);
      done += read;
      onProgress(done, total);
    }
    fsyncSync(output);
  } finally {
    closeSync(input);
    closeSync(output);
  }
  return target;
}
