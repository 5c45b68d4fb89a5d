/**
 * The radio on a USB serial port (or any tty, such as one end of a pseudo-terminal pair). The hardware is reached
 * through a serialport binding: the operating system's by default, or one the caller injects (serialport's mock
 * binding in tests), as node-serialport's own SerialPortStream does.
 */
import { existsSync } from 'node:fs';
import { type OpenOptions, SerialPortStream } from '@serialport/stream';
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
  /** The serialport binding to open the port with. Default: the operating system's (serialport's autoDetect). */
  binding?: OpenOptions['binding'];
  /** Whether the device is still there. Default: its path exists (an unplugged radio takes its path with it). */
  isPresent?: (path: string) => boolean;
}

export async function openSerialTransport(options: SerialTransportOptions): Promise<RadioTransport> {
  const baudRate = options.baudRate ?? DEFAULT_SERIAL_BAUD;
  const port = options.binding
    ? new SerialPortStream({ binding: options.binding, path: options.path, baudRate, autoOpen: false })
    : new SerialPort({ path: options.path, baudRate, autoOpen: false });
  const isPresent = options.isPresent ?? existsSync;
  releaseOnDestroy(port);
  await new Promise<void>((resolve, reject) => {
    port.open((err) => {
      if (err) reject(radioErrors.MESHLOOM_ERR_CONNECT_FAILED(`serial ${options.path}`, `${errorMessage(err)}${serialHint(options.path, err)}`));
      else resolve();
    });
  });
  // The serial driver does not always report a hang-up (a pseudo-terminal's other end closing, seen here in
  // about a third of tries), but an unplugged USB radio or a closed pty always takes its device path with it.
  const presence = setInterval(() => {
    if (!isPresent(options.path)) port.destroy(new Error(`${options.path} disappeared (radio unplugged?)`));
  }, options.presenceCheckMs ?? 1_000);
  presence.unref();
  port.once('close', () => clearInterval(presence));
  return transportOverDuplex(port, `serial ${options.path}`);
}

/**
 * A destroyed SerialPortStream keeps its binding's port open (it has no _destroy), so the device stays locked and
 * the next open of the same path fails: closing the link after a silent radio, or an unplug, would never
 * reconnect. Destroying the stream here also closes the port underneath.
 */
function releaseOnDestroy(port: SerialPortStream): void {
  port._destroy = (error, callback) => {
    if (!port.isOpen) {
      callback(error);
      return;
    }
    port.port?.close().then(
      () => callback(error),
      () => callback(error),
    );
  };
}

export function serialOpener(options: SerialTransportOptions): TransportOpener {
  return () => openSerialTransport(options);
}

/** How to find the radio when its port cannot be opened: the usual names, and the group that may open them. */
function serialHint(path: string, err: Error): string {
  const message = err.message.toLowerCase();
  if (message.includes('no such file')) {
    return ` (no ${path} on this machine: a plugged-in radio shows up as /dev/ttyUSB0 or /dev/ttyACM0; \`ls /dev/ttyUSB* /dev/ttyACM*\` lists them)`;
  }
  if (message.includes('permission denied')) return ' (add yourself to the dialout group: sudo usermod -aG dialout $USER, then log in again)';
  if (message.includes('resource busy') || message.includes('cannot lock')) return ' (another program has it open: close the Meshtastic app or CLI)';
  return '';
}
