/**
 * Flashing ESP32 boards with esptool-js (Espressif's own loader) over node's serialport: reset into the ROM
 * bootloader, detect the chip, load the stub, write the image compressed, verify, and reset into the firmware.
 */
import { readFileSync } from 'node:fs';
import { ESPLoader, Transport } from 'esptool-js';
import { errorMessage } from '../../protocol/meshloom-error.ts';
import { flashErrors } from './flash-errors.ts';
import { NodeWebSerialPort } from './node-web-serial.ts';

export interface Esp32FlashOptions {
  port: string;
  file: string;
  address: number;
  /** Baud rate once the stub runs. Default 460800, what the Meshtastic web flasher uses. */
  baudRate?: number;
  /** Give up finding the bootloader after this long. Default 30 s. */
  connectTimeoutMs?: number;
  onProgress?: (written: number, total: number) => void;
  log?: (line: string) => void;
}

export async function flashEsp32(options: Esp32FlashOptions): Promise<{ chip: string }> {
  const image = new Uint8Array(readFileSync(options.file));
  const log = options.log ?? (() => undefined);
  const device = new NodeWebSerialPort(options.port, log);
  const transport = new Transport(device as unknown as ConstructorParameters<typeof Transport>[0], false);
  const loader = new ESPLoader({
    transport,
    baudrate: options.baudRate ?? 460_800,
    romBaudrate: 115_200,
    terminal: { clean: () => undefined, writeLine: (line: string) => log(line), write: () => undefined },
  });
  let chip: string;
  try {
    chip = await withTimeout(loader.main('default_reset'), options.connectTimeoutMs ?? 30_000, () =>
      flashErrors.MESHLOOM_ERR_FLASH_NO_BOOTLOADER(options.port, 'timed out'),
    );
  } catch (err) {
    // The port may already be gone; what the operator needs is the reason the bootloader did not answer.
    await transport.disconnect().catch(() => undefined);
    if (err instanceof Error && 'code' in err) throw err;
    throw flashErrors.MESHLOOM_ERR_FLASH_NO_BOOTLOADER(options.port, errorMessage(err));
  }
  try {
    await loader.writeFlash({
      fileArray: [{ data: image, address: options.address }],
      flashMode: 'keep',
      flashFreq: 'keep',
      flashSize: 'keep',
      eraseAll: false,
      compress: true,
      reportProgress: (_file, written, total) => options.onProgress?.(written, total),
    });
    await loader.after('hard_reset');
  } catch (err) {
    throw flashErrors.MESHLOOM_ERR_FLASH_WRITE(errorMessage(err));
  } finally {
    // After the reset the board re-enumerates and the port may vanish under us: nothing to report then.
    await transport.disconnect().catch(() => undefined);
  }
  return { chip };
}

function withTimeout<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(error()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
