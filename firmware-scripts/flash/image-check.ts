/**
 * A firmware image is read before anything is written, so an empty, truncated or mistaken file is refused with
 * what is wrong instead of leaving a board half-flashed. The checks follow the two formats' own structure:
 * - UF2 (nRF52, RP2040): 512-byte blocks, each with its three magic numbers, numbered 0..n-1 and each saying n;
 * - ESP32 app image: the 0xE9 image header, then as many segments as it says, each of the length it says, then
 *   the checksum (and the SHA-256 when the header says one is appended). A factory image is written at 0: the
 *   bootloader (at 0 on the S3 and C3, at 0x1000 on the classic ESP32), then the app at 0x10000; both are read.
 */
import { readFileSync } from 'node:fs';
import { flashErrors } from './flash-errors.ts';

const UF2_BLOCK = 512;
const UF2_MAGIC_START0 = 0x0a324655;
const UF2_MAGIC_START1 = 0x9e5d5157;
const UF2_MAGIC_END = 0x0ab16f30;
const ESP_IMAGE_MAGIC = 0xe9;
const ESP_HEADER_BYTES = 24;
const ESP_SEGMENT_HEADER_BYTES = 8;
const ESP_MAX_SEGMENTS = 16;

const CLASSIC_BOOTLOADER_OFFSET = 0x1000;

/** Throws MESHLOOM_ERR_FLASH_FILE saying what is wrong with the image; `address` is where it would be written. */
export function checkImage(path: string, method: 'uf2' | 'esptool', address: number, appOffset: number): void {
  const image = readFileSync(path);
  const refuse = (why: string) => flashErrors.MESHLOOM_ERR_FLASH_FILE(path, why);
  if (image.length === 0) throw refuse('is empty');
  if (method === 'uf2') {
    checkUf2(image, refuse);
    return;
  }
  if (address !== 0) {
    checkEsp32(image, refuse, '');
    return;
  }
  const bootloader = image[0] === ESP_IMAGE_MAGIC ? 0 : CLASSIC_BOOTLOADER_OFFSET;
  checkEsp32(image.subarray(bootloader), refuse, 'its bootloader ');
  if (image.length <= appOffset)
    throw refuse(`is truncated: a factory image holds the app at 0x${appOffset.toString(16)}, and it ends at 0x${image.length.toString(16)}`);
  checkEsp32(image.subarray(appOffset), refuse, 'its app ');
}

function checkUf2(image: Buffer, refuse: (why: string) => Error): void {
  if (image.length % UF2_BLOCK !== 0) throw refuse(`is truncated: ${image.length} bytes is not a whole number of 512-byte UF2 blocks`);
  const blocks = image.length / UF2_BLOCK;
  let expected: number | undefined;
  for (let i = 0; i < blocks; i++) {
    const at = i * UF2_BLOCK;
    const magic =
      image.readUInt32LE(at) === UF2_MAGIC_START0 && image.readUInt32LE(at + 4) === UF2_MAGIC_START1 && image.readUInt32LE(at + 508) === UF2_MAGIC_END;
    if (!magic) throw refuse(i === 0 ? 'is not a UF2 image (no UF2 magic at its start)' : `is damaged: block ${i} has no UF2 magic`);
    const numBlocks = image.readUInt32LE(at + 24);
    const blockNo = image.readUInt32LE(at + 20);
    expected ??= numBlocks;
    if (numBlocks !== expected || blockNo !== i) throw refuse(`is damaged: block ${i} says it is block ${blockNo} of ${numBlocks}`);
  }
  if (expected !== blocks) throw refuse(`is truncated: it says ${expected} blocks and holds ${blocks}`);
}

function checkEsp32(image: Buffer, refuse: (why: string) => Error, part: string): void {
  if (image[0] !== ESP_IMAGE_MAGIC) {
    const first = `0x${(image[0] ?? 0).toString(16).padStart(2, '0')}`;
    throw refuse(
      part ? `is damaged: ${part}starts with ${first}, not an ESP32 image's 0xe9` : `is not an ESP32 image (it starts with ${first}, an ESP32 image with 0xe9)`,
    );
  }
  if (image.length < ESP_HEADER_BYTES) throw refuse(`is truncated: ${part}is ${image.length} bytes, shorter than an image header`);
  const segments = image[1] ?? 0;
  if (segments === 0 || segments > ESP_MAX_SEGMENTS) throw refuse(`is damaged: ${part}header says ${segments} segments`);
  let at = ESP_HEADER_BYTES;
  for (let i = 0; i < segments; i++) {
    if (at + ESP_SEGMENT_HEADER_BYTES > image.length) throw refuse(`is truncated: ${part}ends before segment ${i + 1} of ${segments}`);
    at += ESP_SEGMENT_HEADER_BYTES + image.readUInt32LE(at + 4);
    if (at > image.length) throw refuse(`is truncated: ${part}segment ${i + 1} of ${segments} needs ${at - image.length} bytes more than the file has`);
  }
  // The checksum byte sits at the end of the next 16-byte boundary; an appended SHA-256 follows it.
  const hashAppended = image[23] === 1;
  const end = (Math.floor(at / 16) + 1) * 16 + (hashAppended ? 32 : 0);
  if (end > image.length) throw refuse(`is truncated: ${part}checksum${hashAppended ? ' and hash' : ''} are missing (${end - image.length} bytes)`);
}
