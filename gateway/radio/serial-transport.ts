/** The radio on a USB serial port (or any tty, such as one end of a pseudo-terminal pair). */
import { SerialPort } from 'serialport';
import { errorMessage } from '../../protocol/meshloom-error.ts';
import { DEFAULT_SERIAL_BAUD } from '../../protocol/meshtastic/stream-constants.ts';
import { radioErrors } from './errors.ts';
import { transportOverDuplex, type RadioTransport, type TransportOpener } from './transport.ts';

export interface SerialTransportOptions {
  /** Device path, such as /dev/ttyUSB0 or /dev/ttyACM0. */
  path: string;
  /** Default 115200, the firmware's default. */
  baudRate?: number;
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
  return transportOverDuplex(port, `serial ${options.path}`);
}

export function serialOpener(options: SerialTransportOptions): TransportOpener {
  return () => openSerialTransport(options);
}
