/**
 * `meshloom virtual-radio`: a virtual radio in a small simulated neighbourhood, served over TCP and optionally a
 * pseudo-terminal, so `meshloom info`, `listen`, or any Meshtastic client can be tried without hardware.
 */
import { FIRST_NODE_NUM, isNodeNum } from '../protocol/meshtastic/stream-constants.ts';
import { commonErrors } from '../protocol/meshloom-error.ts';
import { exposeOverPty, serveTcp } from '../simulator/virtual-radio/endpoints.ts';
import { DEFAULT_FIRMWARE, FIRMWARE_PROFILES, isFirmwareGeneration } from '../simulator/virtual-radio/firmware-profiles.ts';
import { startNeighbourhood } from '../simulator/virtual-radio/neighbourhood.ts';

export interface VirtualRadioFlags {
  tcp?: string;
  pty?: string;
  peers?: string;
  chatEvery?: string;
  gateways?: string;
  nodeNum?: string;
  firmware?: string;
}

export async function runVirtualRadio(flags: VirtualRadioFlags): Promise<void> {
  const tcpPort = Number(flags.tcp ?? 4403);
  const peers = Number(flags.peers ?? 4);
  const chatEverySeconds = Number(flags.chatEvery ?? 60);
  if (!Number.isInteger(tcpPort) || tcpPort < 0 || tcpPort > 65535) {
    throw commonErrors.MESHLOOM_ERR_USAGE(`--tcp must be a port 0..65535, not "${flags.tcp}"`);
  }
  if (!Number.isInteger(peers) || peers < 0) throw commonErrors.MESHLOOM_ERR_USAGE('--peers must be a whole number');
  if (!(chatEverySeconds >= 0)) throw commonErrors.MESHLOOM_ERR_USAGE('--chat-every must be seconds, 0 for none');
  const gateways = Number(flags.gateways ?? 1);
  if (!Number.isInteger(gateways) || gateways < 1 || gateways > 8) throw commonErrors.MESHLOOM_ERR_USAGE('--gateways must be 1..8');
  const nodeNum = Number(flags.nodeNum ?? 0x6d6c0001);
  if (!isNodeNum(nodeNum) || nodeNum >= 0xffff0000)
    throw commonErrors.MESHLOOM_ERR_USAGE(
      `--node-num must be a node number from ${FIRST_NODE_NUM} (0-${FIRST_NODE_NUM - 1} are reserved by the firmware), not "${flags.nodeNum}"`,
    );
  const firmware = flags.firmware ?? DEFAULT_FIRMWARE;
  if (!isFirmwareGeneration(firmware)) {
    throw commonErrors.MESHLOOM_ERR_USAGE(`--firmware must be one of ${Object.keys(FIRMWARE_PROFILES).join(', ')}, not "${firmware}"`);
  }
  const hood = startNeighbourhood({ peers, chatEveryMs: chatEverySeconds * 1000, gatewayRadios: gateways, gatewayNodeNum: nodeNum, firmware });
  const say = (text: string) => process.stderr.write(`meshloom: ${text}\n`);
  const servers = [];
  for (const [i, radio] of hood.gatewayRadios.entries()) {
    const server = await serveTcp(radio, { port: tcpPort === 0 ? 0 : tcpPort + i, host: '127.0.0.1' });
    servers.push(server);
    say(`virtual radio ${radio.owner.id} (firmware ${radio.profile.version}) with ${hood.peers.length} neighbours`);
    say(`TCP API on 127.0.0.1:${server.port}   try: npx meshloom info --tcp 127.0.0.1:${server.port}`);
  }
  const pty = flags.pty ? await exposeOverPty(hood.gatewayRadio, { path: flags.pty }) : undefined;
  if (pty) say(`serial port at ${pty.path}   try: npx meshloom info --port ${pty.path}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  hood.stop();
  await Promise.all([...servers.map((server) => server.close()), pty?.close()]);
}
