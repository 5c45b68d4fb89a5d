/**
 * Firmware images with the structure the flash checks read, filled with a byte of the test's choosing: an ESP32
 * app image (0xE9 header, segments, checksum, appended SHA-256), a factory image (bootloader, then the app at
 * 0x10000) and a UF2 image (numbered 512-byte blocks with their magic numbers).
 */
const ESP_SEGMENT = 1024;

/** An ESP32 app image of `segments` segments of 1 KiB each, `fill` bytes inside. */
export function esp32Image(segments = 2, fill = 1): Buffer {
  const header = Buffer.alloc(24);
  header[0] = 0xe9;
  header[1] = segments;
  header[23] = 1;
  const parts = [header];
  for (let i = 0; i < segments; i++) {
    const segmentHeader = Buffer.alloc(8);
    segmentHeader.writeUInt32LE(0x3f400020 + i * ESP_SEGMENT, 0);
    segmentHeader.writeUInt32LE(ESP_SEGMENT, 4);
    parts.push(segmentHeader, Buffer.alloc(ESP_SEGMENT, fill));
  }
  const body = Buffer.concat(parts);
  const padded = (Math.floor(body.length / 16) + 1) * 16;
  return Buffer.concat([body, Buffer.alloc(padded - body.length, 0), Buffer.alloc(32, 0xab)]);
}

/** A factory image as the S3 releases ship it: bootloader at 0, the app at 0x10000, 0xff between. */
export function esp32FactoryImage(fill = 1): Buffer {
  const bootloader = esp32Image(1, fill);
  return Buffer.concat([bootloader, Buffer.alloc(0x10000 - bootloader.length, 0xff), esp32Image(2, fill)]);
}

/** A UF2 image of `blocks` blocks of 256 payload bytes each. */
export function uf2Image(blocks = 8, fill = 3): Buffer {
  return Buffer.concat(
    Array.from({ length: blocks }, (_, i) => {
      const block = Buffer.alloc(512, 0);
      block.writeUInt32LE(0x0a324655, 0);
      block.writeUInt32LE(0x9e5d5157, 4);
      block.writeUInt32LE(0x2000, 8);
      block.writeUInt32LE(0x26000 + i * 256, 12);
      block.writeUInt32LE(256, 16);
      block.writeUInt32LE(i, 20);
      block.writeUInt32LE(blocks, 24);
      block.writeUInt32LE(0xada52840, 28);
      block.fill(fill, 32, 32 + 256);
      block.writeUInt32LE(0x0ab16f30, 508);
      return block;
    }),
  );
}
