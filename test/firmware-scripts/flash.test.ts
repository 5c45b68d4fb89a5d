import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boardByModel } from '../../firmware-scripts/flash/boards.ts';
import { chooseFirmware, ESP32_APP_OFFSET } from '../../firmware-scripts/flash/choose-firmware.ts';
import { copyUf2, findUf2Drives } from '../../firmware-scripts/flash/uf2-copy.ts';

const dir = mkdtempSync(join(tmpdir(), 'meshloom-flash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A release folder shaped like the unzipped firmware-2.6.11.zip. */
function releaseFolder(): string {
  const folder = join(dir, 'firmware-2.6.11.60ec05e');
  mkdirSync(folder, { recursive: true });
  for (const name of [
    'firmware-heltec-v3-2.6.11.60ec05e.bin',
    'firmware-heltec-v3-2.6.11.60ec05e.factory.bin',
    'firmware-heltec-v3-2.6.11.60ec05e-ota.bin',
    'firmware-heltec-v3-2.6.11.60ec05e.elf',
    'firmware-tbeam-2.6.11.60ec05e.bin',
    'firmware-rak4631-2.6.11.60ec05e.uf2',
    'firmware-rak4631-2.6.11.60ec05e.hex',
    'littlefs-heltec-v3-2.6.11.60ec05e.bin',
  ]) {
    writeFileSync(join(folder, name), Buffer.alloc(1024, 7));
  }
  return folder;
}

describe('choosing the firmware file', () => {
  const folder = releaseFolder();

  it('takes the ESP32 update image of the board, for the app partition', () => {
    const choice = chooseFirmware(folder, boardByModel('HELTEC_V3'));
    expect(choice).toMatchObject({ method: 'esptool', address: ESP32_APP_OFFSET });
    expect(choice.path).toMatch(/firmware-heltec-v3-2\.6\.11\.60ec05e\.bin$/);
  });

  it('takes the UF2 of an nRF52 board', () => {
    const choice = chooseFirmware(folder, boardByModel('RAK4631'));
    expect(choice.method).toBe('uf2');
    expect(choice.path).toMatch(/firmware-rak4631-.*\.uf2$/);
  });

  it('writes a factory image named by the operator at 0', () => {
    expect(chooseFirmware(join(folder, 'firmware-heltec-v3-2.6.11.60ec05e.factory.bin'), undefined)).toMatchObject({ method: 'esptool', address: 0 });
  });

  it('explains what is missing', () => {
    expect(() => chooseFirmware(folder, undefined)).toThrowError(expect.objectContaining({ code: 'MESHLOOM_ERR_FLASH_BOARD' }));
    expect(() => chooseFirmware(folder, boardByModel('T_ECHO'))).toThrowError(
      expect.objectContaining({ code: 'MESHLOOM_ERR_FLASH_FILE', message: expect.stringContaining('firmware-t-echo-') }),
    );
    expect(() => chooseFirmware(join(folder, 'firmware-rak4631-2.6.11.60ec05e.hex'), undefined)).toThrowError(
      expect.objectContaining({ code: 'MESHLOOM_ERR_FLASH_FILE' }),
    );
  });
});

describe('UF2 copy', () => {
  it('copies the image onto the bootloader drive with progress', () => {
    const drive = join(dir, 'media', 'op', 'RAK4631');
    mkdirSync(drive, { recursive: true });
    writeFileSync(join(drive, 'INFO_UF2.TXT'), 'UF2 Bootloader 0.9.2\nModel: WisBlock RAK4631 Board\n');
    const image = join(dir, 'firmware-rak4631.uf2');
    writeFileSync(image, Buffer.alloc(200 * 1024, 0x55));
    const progress: number[] = [];
    const target = copyUf2(image, drive, (done) => progress.push(done));
    expect(readFileSync(target)).toEqual(readFileSync(image));
    expect(progress.at(-1)).toBe(200 * 1024);
    expect(progress.length).toBeGreaterThan(1);
    expect(findUf2Drives([join(dir, 'media')])).toEqual([drive]);
  });

  it('refuses a folder that is not a bootloader drive', () => {
    expect(() => copyUf2(join(dir, 'firmware-rak4631.uf2'), dir)).toThrowError(expect.objectContaining({ code: 'MESHLOOM_ERR_FLASH_DRIVE' }));
  });
});
