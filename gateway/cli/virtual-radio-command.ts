/**
 * `meshloom virtual-radio`: a virtual radio in a small simulated neighbourhood, served over TCP and optionally a
 * pseudo-terminal, so `meshloom info`, `listen`, or any Meshtastic client can be tried without hardware.
 */
import { MeshloomError } from '../../protocol/meshloom-error.ts';
import { exposeOverPty, serveTcp } from '../../simulator/virtual-radio/endpoints.ts';
import { startNeighbourhood } from '../../simulator/virtual-radio/neighbourhood.ts';

export interface VirtualRadioFlags {
  tcpPort?: string;
  pty?: string;
  peers?: string;
  chatEvery?: string;
}

export async function runVirtualRadio(flags: VirtualRadioFlags): Promise<void> {
  const tcpPort = Number(flags.tcpPort ?? 4403);
  const peers = Number(flags.peers ?? 4);
  const chatEverySeconds = Number(flags.chatEvery ?? 60);
  if (!Number.isInteger(tcpPort) || tcpPort < 0 || tcpPort > 65535) {
    throw new MeshloomError('MESHLOOM_ERR_USAGE', `--tcp-port must be 0..65535, not "${flags.tcpPort}"`);
  }
  if (!Number.isInteger(peers) || peers < 0) throw new MeshloomError('MESHLOOM_ERR_USAGE', '--peers must be a whole number');
  if (!(chatEverySeconds >= 0)) throw new MeshloomError('MESHLOOM_ERR_USAGE', '--chat-every must be seconds, 0 for none');
  const hood = startNeighbourhood({ peers, chatEveryMs: chatEverySeconds * 1000 });
  const tcp = await serveTcp(hood.gatewayRadio, { port: tcpPort, host: '127.0.0.1' });
  const say = (text: string) => process.stderr.write(`meshloom: ${text}\n`);
  say(`virtual radio ${hood.gatewayRadio.owner.id} with ${hood.peers.length} neighbours`);
  say(`TCP API on 127.0.0.1:${tcp.port}   try: npx meshloom info --tcp 127.0.0.1:${tcp.port}`);
  const pty = flags.pty ? await exposeOverPty(hood.gatewayRadio, { path: flags.pty }) : undefined;
  if (pty) say(`serial port at ${pty.path}   try: npx meshloom info --port ${pty.path}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  hood.stop();
  await Promise.all([tcp.close(), pty?.close()]);
}
