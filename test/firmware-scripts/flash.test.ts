import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boardByModel } from '../../firmware-scripts/flash/boards.ts';
import { chooseFirmware, ESP32_APP_OFFSET } from '../../firmware-scripts/flash/choose-firmware.ts';
import { copyUf2, findUf2Drives } from '../../firmware-scripts/flash/uf2-copy.ts';
import { esp32FactoryImage, esp32Image, uf2Image } from '../support/firmware-images.ts';

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
    const image = name.endsWith('.factory.bin')
      ? esp32FactoryImage(7)
      : name.endsWith('.bin')
        ? esp32Image(2, 7)
        : name.endsWith('.uf2')
          ? uf2Image(4, 7)
          : Buffer.alloc(1024, 7);
    writeFileSync(join(folder, name), image);
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

describe('checking an image before anything is written', () => {
  const write = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it.each([
    ['an empty file', 'empty.bin', Buffer.alloc(0), 'is empty'],
    [
      'something that is not an ESP32 image',
      'photo.bin',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'is not an ESP32 image (it starts with 0x89',
    ],
    ['an app image cut short in a segment', 'short.bin', esp32Image(3).subarray(0, 1500), 'is truncated: segment 2 of 3 needs'],
    ['an app image without its hash', 'nohash.bin', esp32Image(2).subarray(0, esp32Image(2).length - 20), 'checksum and hash are missing'],
    ['a factory image that ends before the app', 'cut.factory.bin', esp32FactoryImage().subarray(0, 0x9000), 'holds the app at 0x10000'],
    [
      'a factory image whose app is damaged',
      'bad.factory.bin',
      Buffer.concat([esp32FactoryImage().subarray(0, 0x10000), Buffer.alloc(4096, 0xff)]),
      'its app starts with 0xff',
    ],
    ['a UF2 cut mid-block', 'cut.uf2', uf2Image(8).subarray(0, 3000), 'not a whole number of 512-byte UF2 blocks'],
    ['a UF2 missing its last blocks', 'short.uf2', uf2Image(8).subarray(0, 512 * 5), 'it says 8 blocks and holds 5'],
    ['a UF2 with a foreign block', 'mixed.uf2', Buffer.concat([uf2Image(2), Buffer.alloc(512, 0)]), 'block 2 has no UF2 magic'],
  ])('refuses %s, saying why', (_what, name, bytes, message) => {
    expect(() => chooseFirmware(write(name, bytes), undefined)).toThrowError(
      expect.objectContaining({ code: 'MESHLOOM_ERR_FLASH_FILE', message: expect.stringContaining(message) }),
    );
  });

  it('takes whole images: an app, an S3 factory image, a classic ESP32 factory image, a UF2', () => {
    const classic = Buffer.concat([Buffer.alloc(0x1000, 0xff), esp32Image(1), Buffer.alloc(0x10000 - 0x1000 - esp32Image(1).length, 0xff), esp32Image(2)]);
    for (const [name, bytes] of [
      ['app.bin', esp32Image(4)],
      ['s3.factory.bin', esp32FactoryImage()],
      ['classic.factory.bin', classic],
      ['whole.uf2', uf2Image(16)],
    ] as const) {
      expect(() => chooseFirmware(write(name, bytes), undefined), name).not.toThrow();
    }
  });
});

describe('UF2 copy', () => {
  it('copies the image onto the bootloader drive with progress', () => {
    const drive = join(dir, 'media', 'op', 'RAK4631');
    mkdirSync(drive, { recursive: true });
    writeFileSync(join(drive, 'INFO_UF2.TXT'), 'UF2 Bootloader 0.9.2\nModel: WisBlock RAK4631 Board\n');
    const image = join(dir, 'firmware-rak4631.uf2');
    writeFileSync(image, uf2Image(400, 0x55));
    const progress: number[] = [];
    const target = copyUf2(image, drive, (done) => progress.push(done));
    expect(readFileSync(target)).toEqual(readFileSync(image));
    expect(progress.at(-1)).toBe(400 * 512);
    expect(progress.length).toBeGreaterThan(1);
    expect(findUf2Drives([join(dir, 'media')])).toEqual([drive]);
  });

  it('refuses a folder that is not a bootloader drive', () => {
    expect(() => copyUf2(join(dir, 'firmware-rak4631.uf2'), dir)).toThrowError(expect.objectContaining({ code: 'MESHLOOM_ERR_FLASH_DRIVE' }));
  });
});
