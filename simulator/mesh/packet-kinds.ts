/** Which of the simulator's packet kinds a Meshtastic portnum is, and back, for packets crossing to real parts. */
import { Portnums } from '@meshtastic/protobufs';
import type { PacketKind } from '../router/air-packet.ts';

const KIND_OF_PORT: Partial<Record<number, PacketKind>> = {
  [Portnums.PortNum.TEXT_MESSAGE_APP]: 'text',
  [Portnums.PortNum.POSITION_APP]: 'position',
  [Portnums.PortNum.NODEINFO_APP]: 'nodeinfo',
  [Portnums.PortNum.TELEMETRY_APP]: 'telemetry',
  [Portnums.PortNum.ROUTING_APP]: 'routing',
};

/** Portnums the model has no kind for count as chat: they are someone's application traffic. */
export function kindOfPortnum(portnum: number, meshloomPortnum: number): PacketKind {
  return portnum === meshloomPortnum ? 'meshloom' : (KIND_OF_PORT[portnum] ?? 'text');
}

export function portnumOfKind(kind: PacketKind, meshloomPortnum: number): number {
  switch (kind) {
    case 'meshloom':
      return meshloomPortnum;
    case 'position':
      return Portnums.PortNum.POSITION_APP;
    case 'nodeinfo':
      return Portnums.PortNum.NODEINFO_APP;
    case 'telemetry':
      return Portnums.PortNum.TELEMETRY_APP;
    case 'routing':
      return Portnums.PortNum.ROUTING_APP;
    case 'text':
      return Portnums.PortNum.TEXT_MESSAGE_APP;
  }
}
