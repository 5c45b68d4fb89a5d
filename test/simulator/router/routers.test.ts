/**
 * The routers alone, on a recording NodePort: what each firmware-shaped layer does with one packet, without the
 * air or the event kernel (mesh-simulation.test.ts and router-rules.test.ts run them on the simulated air).
 */
import { describe, expect, it } from 'vitest';
import { TracedCallback } from '../../../support/traced-callback.ts';
import { type AirPacket, BROADCAST } from '../../../simulator/router/air-packet.ts';
import type { RelayRole } from '../../../simulator/router/contention.ts';
import { FloodingRouter } from '../../../simulator/router/flooding-router.ts';
import type { NodePort } from '../../../simulator/router/node-port.ts';
import { ReliableRouter } from '../../../simulator/router/reliable-router.ts';

function recordingPort(id: number, role: RelayRole = 'CLIENT') {
  const queue = new Map<number, { packet: AirPacket; relay: boolean; delayMs: number }>();
  const log: string[] = [];
  const traces = {
    duplicateHeard: new TracedCallback<[number, number]>(),
    relayCancelled: new TracedCallback<[number, number]>(),
    ackSent: new TracedCallback<[number, number]>(),
    nextHopLearned: new TracedCallback<[number, number]>(),
    retransmitted: new TracedCallback<[number, number]>(),
    gaveUp: new TracedCallback<[number, number]>(),
  };
  traces.relayCancelled.connect((_node, packet) => log.push(`cancelled ${packet}`));
  let nextId = 1000;
  const clock = { nowMs: 0 };
  const port: NodePort = {
    id,
    role,
    hopLimit: 3,
    traces,
    now: () => clock.nowMs,
    enqueue: (packet, { relay, delayMs }) => {
      queue.set(packet.id, { packet, relay, delayMs });
    },
    queued: (packetId) => queue.get(packetId),
    cancelQueued: (packetId) => {
      queue.delete(packetId);
    },
    deferToLateWindow: (packetId) => log.push(`late ${packetId}`),
    ownTxDelayMs: () => 10,
    relayTxDelayMs: () => 20,
    retransmissionTimeoutMs: () => 5_000,
    airtimeMs: (bytes) => bytes * 10,
    armRetransmissionTimer: (packetId, atMs) => log.push(`timer ${packetId} at ${atMs}`),
    deliver: (packet, hops) => log.push(`deliver ${packet.id} after ${hops} hops`),
    acked: (packetId) => log.push(`acked ${packetId}`),
    newPacketId: () => nextId++,
    recordOwn: () => undefined,
    relayersOf: () => undefined,
  };
  return { port, queue, log, clock };
}

const packet = (extra: Partial<AirPacket> = {}): AirPacket => ({
  id: 7,
  from: 1,
  to: BROADCAST,
  hopLimit: 3,
  hopStart: 3,
  bytes: 56,
  kind: 'text',
  wantAck: false,
  requestId: 0,
  relayNode: 1,
  nextHop: undefined,
  payload: undefined,
  meshPacket: undefined,
  ...extra,
});

describe('FloodingRouter', () => {
  it('delivers a new broadcast once and queues one relay with a hop less', () => {
    const { port, queue, log } = recordingPort(2);
    const router = new FloodingRouter(port);
    expect(router.handleReceived(packet(), 5)).toBe(true);
    expect(router.handleReceived(packet({ relayNode: 3, hopLimit: 2 }), 5)).toBe(false);
    expect(log).toEqual(['deliver 7 after 0 hops', 'cancelled 7']);
    expect(queue.size).toBe(0);
  });

  it("relays the sender's repeated original again once its own relay has gone, as FloodingRouter::shouldFilterReceived", () => {
    const { port, queue, log } = recordingPort(2);
    const router = new FloodingRouter(port);
    router.handleReceived(packet(), 5);
    // Still queued: the repeat neither cancels nor doubles it.
    router.handleReceived(packet(), 5);
    expect([...queue.keys()]).toEqual([7]);
    queue.clear();
    router.handleReceived(packet(), 5);
    expect(queue.get(7)).toMatchObject({ relay: true, packet: { hopLimit: 2 } });
    expect(log).toEqual(['deliver 7 after 0 hops']);
  });

  it.each([
    ['CLIENT', false, ['cancelled 7']],
    ['ROUTER', true, []],
    ['REPEATER', true, []],
    ['ROUTER_LATE', true, ['late 7']],
  ] as const)('a %s that hears its pending relay done by another: relay kept %s', (role, kept, events) => {
    const { port, queue, log } = recordingPort(2, role);
    const router = new FloodingRouter(port);
    router.handleReceived(packet(), 5);
    expect(queue.get(7)).toMatchObject({ relay: true, packet: { hopLimit: 2 } });
    log.length = 0;
    router.handleReceived(packet({ relayNode: 3, hopLimit: 2 }), 5);
    expect(queue.has(7)).toBe(kept);
    expect(log).toEqual(events);
  });

  it('never relays as CLIENT_MUTE, nor a packet with no hops left', () => {
    const mute = recordingPort(2, 'CLIENT_MUTE');
    new FloodingRouter(mute.port).handleReceived(packet(), 5);
    const spent = recordingPort(2);
    new FloodingRouter(spent.port).handleReceived(packet({ hopLimit: 0 }), 5);
    expect([mute.queue.size, spent.queue.size]).toEqual([0, 0]);
  });
});

describe('ReliableRouter', () => {
  it('acks a want_ack direct message with a hop limit of the hops it took plus two', () => {
    const { port, queue, log } = recordingPort(4);
    const router = new ReliableRouter(port);
    router.handleReceived(packet({ to: 4, wantAck: true, hopLimit: 2, hopStart: 3 }), 5);
    expect(log).toEqual(['deliver 7 after 1 hops']);
    const [ack] = [...queue.values()];
    expect(ack?.packet).toMatchObject({ kind: 'routing', to: 1, requestId: 7, hopLimit: 3 });
    expect(ack?.relay).toBe(false);
  });

  it('retransmits its own want_ack packet until it hears it relayed', () => {
    const { port, log, clock } = recordingPort(1);
    const router = new ReliableRouter(port);
    router.send(packet({ wantAck: true }));
    router.onTransmitted(7, 2_000);
    clock.nowMs = 7_000;
    router.onRetransmissionTimeout(7, 0);
    router.handleReceived(packet({ relayNode: 2, hopLimit: 2 }), 5);
    router.onRetransmissionTimeout(7, 0);
    expect(log).toEqual(['timer 7 at 7000', 'acked 7']);
  });

  it('waits longer for an ack by the airtime of every packet it sends or hears meanwhile', () => {
    const { port, queue, log, clock } = recordingPort(1);
    const router = new ReliableRouter(port);
    router.send(packet({ wantAck: true }));
    router.onTransmitted(7, 2_000);
    // Heard someone else's 56-byte packet (560 ms on this port), then sent a 40-byte one of its own (400 ms).
    router.handleReceived(packet({ id: 8, from: 5, relayNode: 5 }), 5);
    router.send(packet({ id: 9, bytes: 40 }));
    clock.nowMs = 7_000;
    queue.clear();
    router.onRetransmissionTimeout(7, 0);
    expect(queue.has(7)).toBe(false);
    expect(log.filter((l) => l.startsWith('timer'))).toEqual(['timer 7 at 7000', 'timer 7 at 7960']);
    clock.nowMs = 7_960;
    router.onRetransmissionTimeout(7, 0);
    expect(queue.get(7)?.relay).toBe(false);
  });

  it('acks a repeated want_ack direct message again, one hop, once it has nothing left to relay', () => {
    const { port, queue } = recordingPort(4);
    const router = new ReliableRouter(port);
    const dm = packet({ to: 4, wantAck: true, hopLimit: 3, hopStart: 3 });
    router.handleReceived(dm, 5);
    queue.clear();
    router.handleReceived(dm, 5);
    expect([...queue.values()].map((q) => q.packet)).toEqual([expect.objectContaining({ kind: 'routing', to: 1, requestId: 7, hopLimit: 0 })]);
  });
});
