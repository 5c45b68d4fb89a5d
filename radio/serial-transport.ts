/** The radio on a USB serial port (or any tty, such as one end of a pseudo-terminal pair). */
import { existsSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { errorMessage } from '../protocol/meshloom-error.ts';
import { DEFAULT_SERIAL_BAUD } from '../protocol/meshtastic/stream-constants.ts';
import { radioErrors } from './errors.ts';
import { transportOverDuplex, type RadioTransport, type TransportOpener } from './transport.ts';

export interface SerialTransportOptions {
  /** Device path, such as /dev/ttyUSB0 or /dev/ttyACM0. */
  path: string;
  /** Default 115200, the firmware's default. */
  baudRate?: number;
  /** How often to check that the device is still there. Default 1 s. */
  presenceCheckMs?: number;
}

export async function openSerialTransport(options: SerialTransportOptions): Promise<RadioTransport> {
  const baudRate = options.baudRate ?? DEFAULT_SERIAL_BAUD;
  const port = new SerialPort({ path: options.path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => {
    port.open((err) => {
      if (err) reject(radioErrors.MESHLOOM_ERR_CONNECT_FAILED(`serial ${options.path}`, errorMessage(err)));
      else resolve();
    });
  });
  // The serial driver does not always report a hang-up (a pseudo-terminal's other end closing, seen here in
  // about a third of tries), but an unplugged USB radio or a closed pty always takes its device path with it.
  const presence = setInterval(() => {
    if (!existsSync(options.path)) port.destroy(new Error(`${options.path} disappeared (radio unplugged?)`));
  }, options.presenceCheckMs ?? 1_000);
  presence.unref();
  port.once('close', () => clearInterval(presence));
  return transportOverDuplex(port, `serial ${options.path}`);
}

export function serialOpener(options: SerialTransportOptions): TransportOpener {
  return () => openSerialTransport(options);
}
