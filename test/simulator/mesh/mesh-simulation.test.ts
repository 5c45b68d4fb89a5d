/** Small hand-checkable meshes: what the firmware's managed flooding implies, and nothing else. */
import { describe, expect, it } from 'vitest';
import { airtimeMs, MESH_HEADER_BYTES } from '../../../protocol/meshtastic/airtime.ts';
import { MeshSimulation } from '../../../simulator/mesh/mesh-simulation.ts';
import type { SimNode } from '../../../simulator/mesh/sim-records.ts';
import { CW_MAX, slotTimeMs } from '../../../simulator/router/contention.ts';

/**
 * Nodes 400 m apart in a line: with LoRaSim's path loss and 20 dBm, LONG_FAST reaches about 575 m, so each node
 * hears only its neighbours (-128 dBm at 400 m; -134.5 dBm at 800 m, under the -131.5 dBm sensitivity).
 */
const line = (roles: SimNode['role'][] = ['CLIENT', 'CLIENT', 'CLIENT']): SimNode[] => roles.map((role, i) => ({ id: i + 11, xM: i * 400, yM: 0, role }));

const sim = (nodes: SimNode[], seed = 1) => new MeshSimulation({ nodes, seed, shadowingDb: 0 });

describe('a three-node line', () => {
  it('has links only between neighbours', () => {
    const s = sim(line());
    expect(s.linkRssi(11, 12)).toBeDefined();
    expect(s.linkRssi(12, 13)).toBeDefined();
    expect(s.linkRssi(11, 13)).toBeUndefined();
  });

  it('carries a broadcast to the far end through the middle node, one hop on', () => {
    const s = sim(line());
    const id = s.send(11, 0);
    s.run(60_000);
    const deliveries = s.packets.get(id)!.deliveries!;
    expect(deliveries.get(12)).toMatchObject({ hops: 0 });
    expect(deliveries.get(13)).toMatchObject({ hops: 1 });
    const air = airtimeMs('LONG_FAST', MESH_HEADER_BYTES + 40);
    const slot = slotTimeMs('LONG_FAST');
    // The middle client waits out the routers' window before relaying: the far end hears it after two airtimes plus that.
    expect(deliveries.get(13)!.atMs).toBeGreaterThanOrEqual(2 * air + 2 * CW_MAX * slot);
    expect(s.stats.rebroadcasts).toBe(2);
    // The far end's relay reaches only the middle node, which had it already.
    expect(s.stats.redundantRebroadcasts).toBe(1);
  });

  it('stops at the hop limit', () => {
    const nodes = Array.from({ length: 6 }, (_, i) => ({ id: i + 11, xM: i * 400, yM: 0, role: 'CLIENT' as const }));
    const s = new MeshSimulation({ nodes, seed: 1, shadowingDb: 0, hopLimit: 3 });
    const id = s.send(11, 0);
    s.run(120_000);
    const deliveries = s.packets.get(id)!.deliveries!;
    expect([...deliveries!.keys()].sort()).toEqual([12, 13, 14, 15]);
    expect(deliveries.get(15)?.hops).toBe(3);
  });

  it('a failed middle node neither receives nor relays: the far end hears nothing', () => {
    const s = sim(line());
    s.setUp(12, 0, false);
    const id = s.send(11, 10);
    s.run(60_000);
    expect(s.packets.get(id)!.deliveries!.size).toBe(0);
    expect(s.nodeStats(12)?.txAirtimeMs).toBe(0);
  });

  it('a CLIENT_MUTE in the middle hears but does not relay', () => {
    const s = sim(line(['CLIENT', 'CLIENT_MUTE', 'CLIENT']));
    const id = s.send(11, 0);
    s.run(60_000);
    expect([...s.packets.get(id)!.deliveries!.keys()]).toEqual([12]);
  });
});

describe('a star', () => {
  it('a router at the centre relays first, and the leaves that hear it relayed stand down', () => {
    // Leaves on a 400 m circle around a router: each hears the centre; leaves across the circle do not hear each other.
    const leaves = Array.from({ length: 6 }, (_, i) => ({
      id: i + 12,
      xM: 400 * Math.cos((2 * Math.PI * i) / 6),
      yM: 400 * Math.sin((2 * Math.PI * i) / 6),
      role: 'CLIENT' as const,
    }));
    const s = sim([{ id: 11, xM: 0, yM: 0, role: 'ROUTER' }, ...leaves]);
    const id = s.send(12, 0);
    s.run(120_000);
    expect(s.packets.get(id)!.deliveries!.size).toBe(6);
    expect(s.stats.cancelledRelays).toBeGreaterThan(0);
  });
});

describe('two clusters joined by one router', () => {
  // Cluster A (11, 12, 13) and cluster B (14, 15, 16) are 600 m apart at their nearest, out of each other's reach; the
  // router (20) between them hears both (300 to 510 m).
  const nodes: SimNode[] = [
    { id: 11, xM: 0, yM: 0, role: 'CLIENT' },
    { id: 12, xM: 0, yM: 200, role: 'CLIENT' },
    { id: 13, xM: 200, yM: 100, role: 'CLIENT' },
    { id: 20, xM: 500, yM: 100, role: 'ROUTER' },
    { id: 14, xM: 800, yM: 100, role: 'CLIENT' },
    { id: 15, xM: 1000, yM: 0, role: 'CLIENT' },
    { id: 16, xM: 1000, yM: 200, role: 'CLIENT' },
  ];

  it('crosses through the router only: one hop on, within the router window, with two relays in all', () => {
    for (const seed of [1, 2, 3]) {
      const s = sim(nodes, seed);
      expect(s.linkRssi(13, 14)).toBeUndefined();
      const id = s.send(11, 0);
      s.run(120_000);
      const deliveries = s.packets.get(id)!.deliveries!;
      for (const near of [12, 13, 20]) expect(deliveries.get(near)?.hops).toBe(0);
      const air = airtimeMs('LONG_FAST', MESH_HEADER_BYTES + 40);
      const slot = slotTimeMs('LONG_FAST');
      for (const far of [14, 15, 16]) {
        expect(deliveries.get(far)?.hops).toBe(1);
        // The router relays first, from the bottom of the window (at most 2 x CWmax slots), so A's clients stand down.
        expect(deliveries.get(far)!.atMs).toBeGreaterThanOrEqual(2 * air);
        expect(deliveries.get(far)!.atMs).toBeLessThanOrEqual(2 * air + 2 * CW_MAX * slot);
      }
      // The router's relay, and one of B's clients (the others hear it and cancel).
      expect(s.stats.rebroadcasts).toBe(2);
      expect(s.nodeStats(20)?.relayed).toBe(1);
    }
  });

  it('without the router, the other cluster hears nothing', () => {
    const s = sim(nodes);
    s.setUp(20, 0, false);
    const id = s.send(11, 10);
    s.run(120_000);
    expect([...s.packets.get(id)!.deliveries!.keys()].sort()).toEqual([12, 13]);
  });
});

describe('determinism', () => {
  it('gives the same result for the same seed, and may differ for another', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: i + 11, xM: (i % 6) * 350, yM: Math.floor(i / 6) * 350, role: 'CLIENT' as const }));
    const runOnce = (seed: number) => {
      const s = new MeshSimulation({ nodes, seed });
      for (let i = 0; i < 20; i++) s.send(11 + (i % 30), i * 5_000);
      s.run(300_000);
      return JSON.stringify([...s.packets.values()].map((p) => [...p.deliveries!.values()]));
    };
    expect(runOnce(7)).toBe(runOnce(7));
    expect(runOnce(7)).not.toBe(runOnce(8));
  });
});
