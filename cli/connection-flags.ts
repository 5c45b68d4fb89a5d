/** The `--port PATH | --tcp HOST[:PORT]` flags every radio command takes, turned into a transport opener. */
import type { Command } from 'commander';
import { commonErrors } from '../protocol/meshloom-error.ts';
import { DEFAULT_SERIAL_BAUD } from '../protocol/meshtastic/stream-constants.ts';
import { serialOpener } from '../radio/serial-transport.ts';
import { parseTcpTarget, tcpOpener } from '../radio/tcp-transport.ts';
import type { TransportOpener } from '../radio/transport.ts';

export interface ConnectionFlags {
  port?: string;
  tcp?: string;
  baud?: string;
}

export function addConnectionFlags(command: Command): Command {
  return command
    .option('-p, --port <path>', 'serial device of the radio, e.g. /dev/ttyUSB0 or /dev/ttyACM0')
    .option('-t, --tcp <host[:port]>', 'radio on the network (TCP API, port 4403 unless given)')
    .option('--baud <rate>', 'serial speed', String(DEFAULT_SERIAL_BAUD));
}

export function openerFromFlags(flags: ConnectionFlags): { open: TransportOpener; target: string } {
  if (flags.port && flags.tcp) throw commonErrors.MESHLOOM_ERR_USAGE('give either --port or --tcp, not both');
  if (flags.port) {
    const baudRate = Number(flags.baud ?? DEFAULT_SERIAL_BAUD);
    if (!Number.isInteger(baudRate) || baudRate <= 0) {
      throw commonErrors.MESHLOOM_ERR_USAGE(`--baud must be a positive whole number, not "${flags.baud}"`);
    }
    return { open: serialOpener({ path: flags.port, baudRate }), target: `serial ${flags.port}` };
  }
  if (flags.tcp) {
    const { host, port } = parseTcpTarget(flags.tcp);
    return { open: tcpOpener({ host, port }), target: `tcp ${host}:${port}` };
  }
  throw commonErrors.MESHLOOM_ERR_USAGE('say where the radio is: --port /dev/ttyUSB0 or --tcp host[:port]');
}
