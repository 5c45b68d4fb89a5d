/** `meshloom listen`: every packet the radio hears, as one JSON line each, until interrupted. */
import { toJson } from '@bufbuild/protobuf';
import { Mesh } from '@meshtastic/protobufs';
import { RadioSession } from '../radio/radio-session.ts';
import { openerFromFlags, type ConnectionFlags } from './connection-flags.ts';
import { writeLine } from './output.ts';

export interface ListenFlags extends ConnectionFlags {
  logs?: boolean;
}

export async function runListen(flags: ListenFlags): Promise<void> {
  const { open, target } = openerFromFlags(flags);
  const session = new RadioSession({ open });
  const note = (text: string) => process.stderr.write(`meshloom: ${text}\n`);
  session.on('connected', ({ description }) => note(`connected to ${description}, downloading config...`));
  session.on('configured', () => note('listening; Ctrl-C to stop'));
  session.on('disconnected', ({ reason, willRetry }) => note(`link lost (${reason})${willRetry ? '; reconnecting' : ''}`));
  session.on('error', (err) => note(`${err.message} [${err.code}]`));
  if (flags.logs) session.on('log', (log) => note(`radio: ${log.text}`));
  session.on('packet', (packet) => void writeLine(JSON.stringify(toJson(Mesh.MeshPacketSchema, packet))));
  note(`connecting to ${target}...`);
  session.start();
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await session.close();
}
