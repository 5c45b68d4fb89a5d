/**
 * `meshloom gateway` (what `npm start` runs): the radio session on a real radio (--port, --tcp) or, with
 * neither, on the embedded default: a virtual radio inside a simulated neighbourhood whose neighbours chat.
 * It reports the link and what the mesh says; the engine, store and web page join it as they are built.
 */
import { Portnums } from '@meshtastic/protobufs';
import { nodeId } from '../../protocol/meshtastic/node-db.ts';
import { startNeighbourhood, type Neighbourhood } from '../../simulator/virtual-radio/neighbourhood.ts';
import { virtualRadioOpener } from '../radio/in-process-transport.ts';
import { RadioSession } from '../radio/radio-session.ts';
import { openerFromFlags, type ConnectionFlags } from './connection-flags.ts';

export interface GatewayFlags extends ConnectionFlags {
  verbose?: boolean;
}

export async function runGateway(flags: GatewayFlags): Promise<void> {
  const say = (text: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
  let hood: Neighbourhood | undefined;
  let open;
  if (flags.port || flags.tcp) {
    open = openerFromFlags(flags).open;
  } else {
    hood = startNeighbourhood({ peers: 4, chatEveryMs: 20_000 });
    open = virtualRadioOpener(hood.gatewayRadio);
    say(`no radio given: running on the embedded simulated neighbourhood (${hood.peers.length} neighbours)`);
    say('for a real radio: npm start -- --port /dev/ttyUSB0   or   npm start -- --tcp 192.168.1.20');
  }
  const session = new RadioSession({ open });
  session.on('connected', ({ description }) => say(`radio link up: ${description}`));
  session.on('configured', (device) => {
    const me = device.ownNode?.user;
    say(`radio ready: ${me?.longName ?? '?'} ${nodeId(device.myInfo?.myNodeNum ?? 0)}, ${session.nodes.size} nodes known`);
  });
  session.on('disconnected', ({ reason, willRetry }) => say(`radio link lost: ${reason}${willRetry ? '; reconnecting' : ''}`));
  session.on('error', (err) => say(`problem: ${err.message} [${err.code}]`));
  if (flags.verbose) session.on('log', (log) => say(`radio log: ${log.text}`));
  session.on('packet', (packet) => {
    if (packet.payloadVariant.case !== 'decoded') return;
    const data = packet.payloadVariant.value;
    const from = session.nodes.get(packet.from)?.info.user?.longName ?? nodeId(packet.from);
    if (data.portnum === Portnums.PortNum.TEXT_MESSAGE_APP) say(`chat from ${from}: ${new TextDecoder().decode(data.payload)}`);
  });
  session.start();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  say('shutting down');
  await session.close();
  hood?.stop();
}
