/**
 * What became of each packet a scenario booked, in a form two runs of the same scenario can be compared by (one
 * with the model's router, one with the real firmware): who received it over how many hops and how soon, how
 * often it went on the air (relays, retransmissions), whether its sender knew it got through. Packets are named
 * by sender and booking time, which the scenario's seeded traffic makes the same in both runs (packet ids are
 * not: the model numbers its acks from the same counter).
 */
import type { MeshSimulation } from '../mesh/mesh-simulation.ts';
import { BROADCAST, type PacketKind } from '../router/air-packet.ts';

export interface PacketOutcome {
  /** "<sender>@<booked at, ms>" */
  key: string;
  from: number;
  to: number;
  kind: PacketKind;
  wantAck: boolean;
  /** Receiver -> hops travelled. */
  hops: Record<number, number>;
  /** Receiver -> ms from sending to first arrival. */
  latencyMs: Record<number, number>;
  /** Times the packet went on the air, its sender's sendings included. */
  transmissions: number;
  /** Sendings by its own sender (1 + retransmissions). */
  sendings: number;
  acked: boolean;
}

export interface OutcomeRecorder {
  /** Outcomes of the packets booked by the scenario (not acks, not what firmware nodes sent of their own accord). */
  outcomes(): PacketOutcome[];
}

/** Count transmissions per packet on `sim` from now on; read the outcomes at the end of the run. */
export function recordOutcomes(sim: MeshSimulation): OutcomeRecorder {
  const onAir = new Map<number, { transmissions: number; sendings: number }>();
  sim.traces.onAir.connect((node, packet) => {
    const counts = onAir.get(packet.id) ?? { transmissions: 0, sendings: 0 };
    counts.transmissions++;
    if (node === sim.packets.get(packet.id)?.from) counts.sendings++;
    onAir.set(packet.id, counts);
  });
  return {
    outcomes: () =>
      [...sim.packets.values()]
        .filter((p) => p.originated && p.kind !== 'routing' && !p.unbooked)
        .map((p) => {
          const hops: Record<number, number> = {};
          const latencyMs: Record<number, number> = {};
          for (const d of p.deliveries?.values() ?? []) {
            hops[d.node] = d.hops;
            latencyMs[d.node] = Math.round(d.atMs - p.sentAtMs);
          }
          const counts = onAir.get(p.id) ?? { transmissions: 0, sendings: 0 };
          return {
            key: `${p.from}@${Math.round(p.sentAtMs)}`,
            from: p.from,
            to: p.to === BROADCAST ? BROADCAST : p.to,
            kind: p.kind,
            wantAck: p.wantAck,
            hops,
            latencyMs,
            transmissions: counts.transmissions,
            sendings: counts.sendings,
            acked: p.ackedAtMs !== undefined,
          };
        }),
  };
}
