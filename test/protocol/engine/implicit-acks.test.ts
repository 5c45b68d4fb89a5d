/**
 * Asking want_ack on news broadcasts only while it pays: a gateway whose asks mostly end without a neighbour's
 * relay heard stops asking (its radio would send each packet three times for nothing), probes now and then, and
 * asks again once acks come back.
 */
import { describe, expect, it } from 'vitest';
import { DATA_OVERHEAD_BYTES } from '../../../protocol/engine/engine.ts';
import { ImplicitAcks } from '../../../protocol/engine/implicit-acks.ts';
import { packetAirtimeMs } from '../../../protocol/meshtastic/airtime.ts';
import { EngineNetwork } from '../../support/engine-network.ts';

const asks = (acks: ImplicitAcks, packets: number) => Array.from({ length: packets }, () => acks.ask()).filter(Boolean).length;

describe('implicit acks', () => {
  it('asks while too little is known, and while most asks are acked', () => {
    const acks = new ImplicitAcks();
    for (let i = 0; i < 7; i++) acks.note(false);
    expect(asks(acks, 10)).toBe(10);
    const half = new ImplicitAcks();
    for (let i = 0; i < 16; i++) half.note(i % 2 === 0);
    // Half acked is still worth it: the resends save the packets lost at a neighbour.
    expect(asks(half, 10)).toBe(10);
  });

  it('stops asking when most asks end with the resends spent, but for one packet in eight', () => {
    const acks = new ImplicitAcks();
    for (let i = 0; i < 16; i++) acks.note(i % 3 === 1);
    expect(acks.paying()).toBe(false);
    expect(asks(acks, 24)).toBe(3);
  });

  it('asks again once the probes come back acked', () => {
    const acks = new ImplicitAcks();
    for (let i = 0; i < 16; i++) acks.note(false);
    expect(asks(acks, 8)).toBe(1);
    // One acked probe is not enough; two in a row are (a neighbour back from an outage relays again).
    acks.note(true);
    expect(asks(acks, 8)).toBe(1);
    acks.note(true);
    expect(asks(acks, 8)).toBe(8);
    // And a miss after them goes back to the majority of the last sixteen: still mostly missed.
    acks.note(false);
    expect(acks.paying()).toBe(false);
  });

  it("counts the radio's two resends of a broadcast it gave up on in the airtime budget", () => {
    const net = new EngineNetwork();
    const { engine } = net.add(0xa);
    const before = engine.budget.usedMs(net.nowMs);
    engine.noteImplicitAck(net.nowMs, true, 100);
    // Acked: how many sends it took the firmware does not say; the one counted when it left stands.
    expect(engine.budget.usedMs(net.nowMs)).toBe(before);
    engine.noteImplicitAck(net.nowMs, false, 100);
    expect(engine.budget.usedMs(net.nowMs) - before).toBeCloseTo(2 * packetAirtimeMs('LONG_FAST', 100 + DATA_OVERHEAD_BYTES));
    expect(engine.counters()).toMatchObject({ implicit_acks_acked: 1, implicit_acks_missed: 1 });
  });
});
