/**
 * `meshloom listen`: every packet the radio hears, as one JSON line each, until interrupted. Node numbers are
 * written as the `!1a2b3c4d` ids people and apps use, and a text message's payload as its text; other payloads
 * stay base64. A radio that cannot be opened at all ends the command at once, as `info` does; one lost later
 * is reconnected.
 */
import { toJson, type JsonObject } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { nodeId } from '../protocol/meshtastic/node-db.ts';
import { BROADCAST_NUM } from '../protocol/meshtastic/stream-constants.ts';
import { radioErrors } from '../radio/errors.ts';
import { RadioSession } from '../radio/radio-session.ts';
import { openerFromFlags, type ConnectionFlags } from './connection-flags.ts';
import { writeLine } from './output.ts';

export interface ListenFlags extends ConnectionFlags {
  logs?: boolean;
}

const TEXT_PORTS = new Set<number>([Portnums.PortNum.TEXT_MESSAGE_APP, Portnums.PortNum.ALERT_APP]);

/** A heard packet as a JSON object for people: ids for node numbers, text for text. */
function packetLine(packet: Mesh.MeshPacket): JsonObject {
  const json = toJson(Mesh.MeshPacketSchema, packet) as JsonObject;
  const id = (num: number) => (num === BROADCAST_NUM ? '^all' : nodeId(num));
  json.from = id(packet.from);
  json.to = id(packet.to);
  const data = packet.payloadVariant.case === 'decoded' ? packet.payloadVariant.value : undefined;
  const decoded = json.decoded as JsonObject | undefined;
  if (data && decoded && TEXT_PORTS.has(data.portnum)) {
    const text = new TextDecoder('utf-8', { fatal: true });
    try {
      decoded.text = text.decode(data.payload);
      delete decoded.payload;
    } catch {
      // Not valid UTF-8: left as base64, as any binary payload.
    }
  }
  return json;
}

export async function runListen(flags: ListenFlags): Promise<void> {
  const { open, target } = openerFromFlags(flags);
  const session = new RadioSession({ open });
  const note = (text: string) => process.stderr.write(`meshloom: ${text}\n`);
  let everConnected = false;
  let stopping = false;
  const unreachable = new Promise<never>((_, reject) => {
    session.on('error', (err) => {
      if (!everConnected && err.code === radioErrors.MESHLOOM_ERR_CONNECT_FAILED.code) reject(err);
      else note(`${err.message} [${err.code}]`);
    });
  });
  session.on('connected', ({ description }) => {
    everConnected = true;
    note(`connected to ${description}, downloading config...`);
  });
  session.on('configured', () => note('listening; Ctrl-C to stop'));
  session.on('disconnected', ({ reason, willRetry }) => {
    if (!stopping) note(`link lost (${reason})${willRetry ? '; reconnecting' : ''}`);
  });
  if (flags.logs) session.on('log', (log) => note(`radio: ${log.text}`));
  session.on('packet', (packet) => void writeLine(JSON.stringify(packetLine(packet))));
  note(`connecting to ${target}...`);
  session.start();
  const interrupted = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  // Once stopped, a connect failure still on its way is nobody's business.
  unreachable.catch(() => undefined);
  try {
    await Promise.race([interrupted, unreachable]);
  } finally {
    stopping = true;
    await session.close();
  }
}
