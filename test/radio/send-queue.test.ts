import { create } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { describe, expect, it } from 'vitest';
import { SendQueue, type SendRequest } from '../../radio/send-queue.ts';

const BROADCAST = 0xffffffff;
const packet = (i = 0, extra: Partial<SendRequest> = {}): SendRequest => ({
  to: BROADCAST,
  portnum: Portnums.PortNum.PRIVATE_APP,
  payload: Uint8Array.of(i),
  ...extra,
});
const status = (meshPacketId: number, free: number, res = 0) => create(Mesh.QueueStatusSchema, { meshPacketId, free, maxlen: 16, res });

function newQueue(options: Partial<ConstructorParameters<typeof SendQueue>[0]> = {}) {
  let id = 100;
  return new SendQueue({ newPacketId: () => ++id, ...options });
}

describe('SendQueue', () => {
  it("gives a packet the radio's hop limit unless it names one: the firmware would send hop_limit 0 one hop only", () => {
    let configured = 5;
    const queue = newQueue({ defaultHopLimit: () => configured });
    queue.enqueue(packet(1), 0);
    expect(queue.takeNext(0)?.meshPacket.hopLimit).toBe(5);
    queue.onQueueStatus(status(101, 16), 0);
    configured = 2;
    queue.enqueue(packet(2, { hopLimit: 7 }), 0);
    expect(queue.takeNext(0)?.meshPacket.hopLimit).toBe(7);
    queue.onQueueStatus(status(102, 16), 0);
    queue.enqueue(packet(3), 0);
    expect(queue.takeNext(0)?.meshPacket.hopLimit).toBe(2);
    const plain = newQueue();
    plain.enqueue(packet(5), 0);
    expect(plain.takeNext(0)?.meshPacket.hopLimit).toBe(3);
  });

  it('hands over one packet at a time until the radio reports its free slots', () => {
    const queue = newQueue();
    queue.enqueue(packet(1), 0);
    queue.enqueue(packet(2), 0);
    const first = queue.takeNext(0);
    expect(first?.meshPacket.id).toBe(101);
    expect(queue.takeNext(0)).toBeUndefined();
    expect(queue.onQueueStatus(status(101, 16), 1)).toEqual([expect.objectContaining({ state: 'sent' })]);
    expect(queue.takeNext(1)?.meshPacket.id).toBe(102);
  });

  it('keeps reserveSlots of the radio queue free and asks for a fresh report when blocked', () => {
    const queue = newQueue({ reserveSlots: 2 });
    for (let i = 0; i < 6; i++) queue.enqueue(packet(i), 0);
    const first = queue.takeNext(0)!;
    queue.onQueueStatus(status(first.meshPacket.id, 4), 0);
    // 4 free, 2 reserved: two more fit, then it waits.
    expect(queue.takeNext(0)).toBeDefined();
    expect(queue.takeNext(0)).toBeDefined();
    expect(queue.takeNext(0)).toBeUndefined();
    expect(queue.needsRoomReport()).toBe(false);
  });

  it('reports that it needs a room report when the radio said it was full and nothing is in flight', () => {
    const queue = newQueue({ reserveSlots: 0 });
    queue.enqueue(packet(1), 0);
    queue.enqueue(packet(2), 0);
    const first = queue.takeNext(0)!;
    queue.onQueueStatus(status(first.meshPacket.id, 0), 0);
    expect(queue.takeNext(0)).toBeUndefined();
    expect(queue.needsRoomReport()).toBe(true);
    queue.onQueueStatus(status(0, 10), 1);
    expect(queue.takeNext(1)).toBeDefined();
  });

  it('sends again with a fresh packet id when the QueueStatus never comes, then gives up', () => {
    const queue = newQueue({ queueStatusTimeoutMs: 1_000, maxAttempts: 2 });
    const outbound = queue.enqueue(packet(), 0);
    const ids = [queue.takeNext(0)!.meshPacket.id];
    expect(queue.onTimer(1_000)).toEqual([]);
    ids.push(queue.takeNext(1_000)!.meshPacket.id);
    expect(new Set(ids).size).toBe(2);
    const changes = queue.onTimer(2_000);
    expect(changes).toEqual([{ packet: outbound, state: 'failed' }]);
    expect(outbound.error?.code).toBe('MESHLOOM_ERR_NO_QUEUE_STATUS');
  });

  it('settles a want_ack packet on the routing answer: acked on NONE, failed with the reason otherwise', () => {
    const queue = newQueue();
    const acked = queue.enqueue(packet(1, { wantAck: true }), 0);
    const nacked = queue.enqueue(packet(2, { wantAck: true }), 0);
    const a = queue.takeNext(0)!.meshPacket.id;
    queue.onQueueStatus(status(a, 16), 0);
    const b = queue.takeNext(0)!.meshPacket.id;
    queue.onQueueStatus(status(b, 16), 0);
    expect(acked.state).toBe('sent');
    queue.onRouting(a, Mesh.Routing_Error.NONE, 0);
    queue.onRouting(b, Mesh.Routing_Error.MAX_RETRANSMIT, 0);
    expect(acked.state).toBe('acked');
    expect(nacked.state).toBe('failed');
    expect(nacked.error?.message).toContain('MAX_RETRANSMIT');
    // Kept as the firmware said it, so the engine can tell resends spent from other failures.
    expect(nacked.routingError).toBe(Mesh.Routing_Error.MAX_RETRANSMIT);
    expect(acked.routingError).toBeUndefined();
  });

  it('puts back a packet the radio refuses (its queue full), pausing longer each time, and fails it only after six', () => {
    const queue = newQueue();
    const outbound = queue.enqueue(packet(), 0);
    let now = 0;
    const pauses: number[] = [];
    for (let refusal = 1; refusal <= 5; refusal++) {
      const id = queue.takeNext(now)!.meshPacket.id;
      expect(queue.onQueueStatus(status(id, 16, 32), now)).toEqual([expect.objectContaining({ state: 'queued' })]);
      const openAt = queue.nextDeadlineMs()!;
      pauses.push(openAt - now);
      expect(queue.takeNext(openAt - 1)).toBeUndefined();
      now = openAt;
    }
    expect(pauses).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
    const id = queue.takeNext(now)!.meshPacket.id;
    queue.onQueueStatus(status(id, 16, 32), now);
    expect(outbound.state).toBe('failed');
    expect(outbound.error?.message).toBe('the radio refused the packet 6 time(s) (QueueStatus res 32)');
  });

  it('sends again, later, a text the firmware refused for its rate limit', () => {
    const queue = newQueue();
    const outbound = queue.enqueue(packet(1, { portnum: Portnums.PortNum.TEXT_MESSAGE_APP }), 0);
    const first = queue.takeNext(0)!.meshPacket.id;
    queue.onQueueStatus(status(first, 16), 0);
    expect(queue.onRouting(first, Mesh.Routing_Error.RATE_LIMIT_EXCEEDED, 10)).toEqual([expect.objectContaining({ state: 'queued' })]);
    expect(queue.takeNext(2_009)).toBeUndefined();
    const second = queue.takeNext(2_010)!.meshPacket.id;
    expect(second).not.toBe(first);
    queue.onQueueStatus(status(second, 16), 2_010);
    expect(outbound.state).toBe('sent');
  });

  it("refuses chat past its bound, never alerts or the engine's own packets, and sends alerts first", () => {
    const queue = newQueue({ maxWaiting: 3 });
    for (let i = 0; i < 3; i++) queue.enqueue(packet(i, { refuseWhenBusy: true }), 0);
    expect(() => queue.enqueue(packet(9, { refuseWhenBusy: true }), 0)).toThrow(expect.objectContaining({ code: 'MESHLOOM_ERR_RADIO_BUSY', statusCode: 429 }));
    queue.enqueue(packet(8), 0);
    const alert = queue.enqueue(packet(7, { priority: 110 }), 0);
    expect(queue.takeNext(0)?.outbound).toBe(alert);
  });

  it('gives up on an ack that never comes', () => {
    const queue = newQueue({ ackTimeoutMs: 5_000 });
    const outbound = queue.enqueue(packet(1, { wantAck: true }), 0);
    const id = queue.takeNext(0)!.meshPacket.id;
    queue.onQueueStatus(status(id, 16), 100);
    expect(queue.onTimer(5_099)).toEqual([]);
    queue.onTimer(5_100);
    expect(outbound.error?.code).toBe('MESHLOOM_ERR_ACK_TIMEOUT');
  });

  it('spaces packets on a rate-limited port as the firmware demands (ALERT_APP: 10 s)', () => {
    const queue = newQueue();
    const alert = (i: number) => packet(i, { portnum: Portnums.PortNum.ALERT_APP });
    queue.enqueue(alert(1), 0);
    queue.enqueue(alert(2), 0);
    queue.enqueue(packet(3), 0);
    const first = queue.takeNext(0)!;
    queue.onQueueStatus(status(first.meshPacket.id, 16), 0);
    // The second alert must wait; the private-port packet behind it may go first.
    const second = queue.takeNext(0)!;
    expect(second.meshPacket.payloadVariant.value).toMatchObject({ portnum: Portnums.PortNum.PRIVATE_APP });
    expect(queue.takeNext(9_999)).toBeUndefined();
    expect(queue.nextDeadlineMs()).toBe(10_000);
    expect(queue.takeNext(10_000)?.meshPacket.payloadVariant.value).toMatchObject({ portnum: Portnums.PortNum.ALERT_APP });
  });

  it('puts unconfirmed packets back in front after the link is lost', () => {
    const queue = newQueue();
    queue.enqueue(packet(1), 0);
    queue.enqueue(packet(2), 0);
    const first = queue.takeNext(0)!;
    queue.onLinkLost();
    const again = queue.takeNext(1)!;
    expect(again.outbound).toBe(first.outbound);
    expect(again.meshPacket.id).not.toBe(first.meshPacket.id);
    expect(again.outbound.attempts).toBe(1);
  });

  it('refuses a payload that cannot fit one packet before queueing it', () => {
    const queue = newQueue();
    expect(() => queue.enqueue(packet(0, { payload: new Uint8Array(232) }), 0)).toThrowError(
      expect.objectContaining({ code: 'MESHLOOM_ERR_PAYLOAD_TOO_LARGE' }),
    );
    expect(() => queue.enqueue(packet(0, { payload: new Uint8Array(231) }), 0)).not.toThrow();
    expect(queue.size).toBe(1);
  });
});
