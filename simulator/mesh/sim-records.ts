/** What the mesh simulation is given of each node, and what it records: packets, per-node and overall figures. */
import type { PacketKind } from '../router/air-packet.ts';
import type { RelayRole } from '../router/contention.ts';
import type { Placed } from './radio-medium.ts';

export interface SimNode extends Placed {
  role: RelayRole;
  /** A battery of this capacity, full at the start; none means mains or solar that never runs out. */
  batteryMah?: number;
}

interface Delivery {
  node: number;
  atMs: number;
  hops: number;
}

export interface PacketRecord {
  id: number;
  from: number;
  to: number;
  kind: PacketKind;
  sentAtMs: number;
  /** Nodes the packet could reach when sent: up, on the sender's side of any partition, within the hop limit. */
  reachable: number;
  /** Nodes that received it (for a direct message, only its destination counts). */
  delivered: number;
  deliveries: Map<number, Delivery> | undefined;
  /** When the sender knew it was through (heard it relayed, or got the ack), if it asked to know. */
  ackedAtMs?: number;
  /** Whether the sender was up to send it. */
  originated: boolean;
  wantAck: boolean;
  /** Every node that transmitted a direct message, the sender included (next-hop learning needs them). */
  relayers: Set<number> | undefined;
  /** Sent by a firmware node of its own accord (node info, telemetry), not booked by the scenario. */
  unbooked?: true;
}

export interface NodeStats {
  sent: number;
  relayed: number;
  txAirtimeMs: number;
  /** Airtime of everything this node heard (its channel utilisation, with its own airtime). */
  heardMs: number;
  reachableAsDestination: number;
  deliveredAsDestination: number;
  /** Broadcasts this node could have been reached by when they were sent, and those it received. */
  reachableBroadcasts: number;
  receivedBroadcasts: number;
  /** Packets dropped because the transmit queue was full or the duty cycle was used up. */
  queueDrops: number;
  dutyCycleDrops: number;
  /** Simulated time the node was down, ms. */
  downMs: number;
}

export interface SimStats {
  transmissions: number;
  rebroadcasts: number;
  /** Rebroadcasts that brought the packet to no node that did not have it already. */
  redundantRebroadcasts: number;
  retransmissions: number;
  collisions: number;
  duplicatesHeard: number;
  cancelledRelays: number;
  queueDrops: number;
  dutyCycleDrops: number;
  acksSent: number;
  nextHopsLearned: number;
}

export interface AppDelivery {
  node: number;
  from: number;
  to: number;
  id: number;
  kind: PacketKind;
  payload: Uint8Array | undefined;
  meshPacket: Uint8Array | undefined;
  hops: number;
  snrDb: number;
  rssiDbm: number;
}
