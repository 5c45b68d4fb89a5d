/** A packet as the simulated routers handle it: the MeshPacket header fields routing reads, and what it carries. */

export type PacketKind = 'text' | 'position' | 'nodeinfo' | 'telemetry' | 'meshloom' | 'routing';

export const BROADCAST = 0xffffffff;

export interface AirPacket {
  id: number;
  from: number;
  to: number;
  hopLimit: number;
  hopStart: number;
  /** Bytes on air, header included. */
  bytes: number;
  kind: PacketKind;
  wantAck: boolean;
  /** For an ack: the id of the packet it acknowledges. */
  requestId: number;
  /** Who transmitted this copy (simplification: the whole node number; the firmware carries its last byte). */
  relayNode: number;
  nextHop: number | undefined;
  /** Bytes for the application at the other end (the engine's). */
  payload: Uint8Array | undefined;
  /** The whole MeshPacket, encoded, when a real radio sent it. */
  meshPacket: Uint8Array | undefined;
}
