/** The firmware router's rules beyond flooding, each on a topology small enough to check by hand. */
import { describe, expect, it } from 'vitest';
import { airtimeMs, MESH_HEADER_BYTES } from '../../../protocol/meshtastic/airtime.ts';
import { MeshSimulation } from '../../../simulator/mesh/mesh-simulation.ts';
import type { SimNode } from '../../../simulator/mesh/sim-records.ts';

/** 400 m apart: each node hears only its neighbours on LONG_FAST at 20 dBm (see mesh-simulation.test.ts). */
const line = (count: number, roles: SimNode['role'][] = []): SimNode[] =>
  Array.from({ length: count }, (_, i) => ({ id: i + 11, xM: i * 400, yM: 0, role: roles[i] ?? 'CLIENT' }));

describe('reliability', () => {
  it('a want_ack broadcast stops once the sender hears it relayed (implicit ack)', () => {
    const s = new MeshSimulation({ nodes: line(3), seed: 1, shadowingDb: 0 });
    const id = s.send(11, 0, { wantAck: true });
    s.run(120_000);
    expect(s.packets.get(id)?.ackedAtMs).toBeDefined();
    expect(s.stats.retransmissions).toBe(0);
  });

  it('a want_ack broadcast nobody relays is sent three times in all, then given up', () => {
    const s = new MeshSimulation({ nodes: line(2, ['CLIENT', 'CLIENT_MUTE']), seed: 1, shadowingDb: 0 });
    const id = s.send(11, 0, { wantAck: true });
    s.run(600_000);
    expect(s.stats.retransmissions).toBe(2);
    expect(s.nodeStats(11)?.txAirtimeMs).toBeCloseTo(3 * airtimeMs('LONG_FAST', MESH_HEADER_BYTES + 40), 3);
    expect(s.packets.get(id)?.ackedAtMs).toBeUndefined();
  });
});

describe('next-hop routing of direct messages', () => {
  // 15 - 11 - 12 - 13 - 14 in a line: node 15 hangs off the sender's far side.
  const nodes: SimNode[] = [...line(4), { id: 15, xM: -400, yM: 0, role: 'CLIENT' }];

  it('floods the first, learns the next hop from the ack, and then only that node relays', () => {
    const s = new MeshSimulation({ nodes, seed: 3, shadowingDb: 0 });
    const first = s.send(11, 0, { to: 14, wantAck: true });
    s.run(120_000);
    expect(s.packets.get(first)?.deliveries?.has(14)).toBe(true);
    expect(s.packets.get(first)?.ackedAtMs).toBeDefined();
    expect(s.nextHopOf(11, 14)).toBe(12);
    const relayedBy15 = s.nodeStats(15)?.relayed ?? 0;
    const second = s.send(11, 200_000, { to: 14, wantAck: true });
    s.run(400_000);
    expect(s.packets.get(second)?.deliveries?.has(14)).toBe(true);
    // The side branch no longer relays it: the packet names node 12 as its next hop.
    expect(s.nodeStats(15)?.relayed).toBe(relayedBy15);
  });

  it('when the learned next hop is gone, the last retry floods, forgets it, and still gets through another way', () => {
    // A diamond: 11 reaches 14 through 12 or through 13.
    const diamond: SimNode[] = [
      { id: 11, xM: 0, yM: 0, role: 'CLIENT' },
      { id: 12, xM: 400, yM: 200, role: 'CLIENT' },
      { id: 13, xM: 400, yM: -200, role: 'CLIENT' },
      { id: 14, xM: 800, yM: 0, role: 'CLIENT' },
    ];
    const s = new MeshSimulation({ nodes: diamond, seed: 5, shadowingDb: 0 });
    s.send(11, 0, { to: 14, wantAck: true });
    s.run(120_000);
    const via = s.nextHopOf(11, 14);
    expect([12, 13]).toContain(via);
    s.setUp(via as number, 130_000, false);
    // As the firmware does, the sender forgets the failed next hop when it floods its last try.
    const nextHopAtRetry: (number | undefined)[] = [];
    s.traces.router.retransmitted.connect((node) => {
      if (node === 11) nextHopAtRetry.push(s.nextHopOf(11, 14));
    });
    const id = s.send(11, 140_000, { to: 14, wantAck: true });
    s.run(600_000);
    expect(s.packets.get(id)?.deliveries?.has(14)).toBe(true);
    expect(s.stats.retransmissions).toBeGreaterThanOrEqual(2);
    expect(nextHopAtRetry.at(-1)).toBeUndefined();
  });
});

describe('roles', () => {
  it('ROUTER_LATE never cancels: it relays even after a client relayed first, and after it', () => {
    // Sender 11; client 12 and ROUTER_LATE 13 both hear it and each other; 14 hears only 13.
    const nodes: SimNode[] = [
      { id: 11, xM: 0, yM: 0, role: 'CLIENT' },
      { id: 12, xM: 300, yM: 100, role: 'CLIENT' },
      { id: 13, xM: 300, yM: -100, role: 'ROUTER_LATE' },
      { id: 14, xM: 650, yM: -250, role: 'CLIENT_MUTE' },
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const s = new MeshSimulation({ nodes, seed, shadowingDb: 0 });
      const id = s.send(11, 0);
      s.run(120_000);
      expect(s.nodeStats(13)?.relayed).toBe(1);
      expect(s.packets.get(id)?.deliveries?.has(14)).toBe(true);
    }
  });
});

describe('limits', () => {
  it('a radio holds at most 16 packets waiting to go; the rest are dropped', () => {
    const s = new MeshSimulation({ nodes: line(2), seed: 1, shadowingDb: 0 });
    for (let i = 0; i < 30; i++) s.send(11, 0);
    s.run(600_000);
    expect(s.stats.queueDrops).toBe(14);
    expect(s.nodeStats(11)?.sent).toBe(30);
  });

  it('in EU_868 a node sends at most 10 % of an hour, then refuses', () => {
    const s = new MeshSimulation({ nodes: line(2, ['CLIENT', 'CLIENT_MUTE']), seed: 1, shadowingDb: 0, region: 'EU_868' });
    // A full-size packet every 4 s would be 53 % of the channel.
    for (let t = 0; t < 3_600_000; t += 4_000) s.send(11, t, { payloadBytes: 237 });
    s.run(3_600_000);
    expect(s.nodeStats(11)!.txAirtimeMs).toBeLessThanOrEqual(360_000);
    expect(s.nodeStats(11)!.txAirtimeMs).toBeGreaterThan(340_000);
    expect(s.stats.dutyCycleDrops).toBeGreaterThan(0);
  });

  it('a battery node runs flat when its charge is spent, and then hears nothing', () => {
    // 15 mAh at 15 mA idle lasts an hour, less the transmissions' extra draw.
    const nodes: SimNode[] = [{ ...line(1)[0]!, batteryMah: 15 }, line(2)[1]!];
    const s = new MeshSimulation({ nodes, seed: 1, shadowingDb: 0 });
    s.send(11, 1_000);
    s.run(3_500_000);
    expect(s.isUp(11)).toBe(true);
    s.run(3_600_000);
    expect(s.isUp(11)).toBe(false);
    const late = s.send(12, 3_700_000);
    s.run(3_800_000);
    expect(s.packets.get(late)?.deliveries?.size).toBe(0);
  });
});

describe('partitions', () => {
  it('cut the air between groups: nothing crosses, and reachability says so; healed, it crosses again', () => {
    const s = new MeshSimulation({ nodes: line(4), seed: 1, shadowingDb: 0 });
    s.partition(0, [
      [11, 12],
      [13, 14],
    ]);
    const during = s.send(11, 1_000);
    s.partition(100_000, undefined);
    const after = s.send(11, 110_000);
    s.run(300_000);
    expect([...s.packets.get(during)!.deliveries!.keys()]).toEqual([12]);
    expect(s.packets.get(during)?.reachable).toBe(1);
    expect([...s.packets.get(after)!.deliveries!.keys()].sort()).toEqual([12, 13, 14]);
    expect(s.packets.get(after)?.reachable).toBe(3);
  });
});
