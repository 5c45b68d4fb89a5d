/**
 * The radio link's handshake, liveness and backoff rules, driven with numbers for `now`: no transport, no timers.
 * Each test plays the device's side by hand (a stale nonce, silence, a missing config_complete).
 */
import { Portnums } from '@meshtastic/protobufs';
import { describe, expect, it } from 'vitest';
import { StreamFrameDecoder } from '../../protocol/meshtastic/frame-decoder.ts';
import { decodeFromRadio, decodeToRadio, type FromRadioInit, fromRadioFrame, type ToRadio } from '../../protocol/meshtastic/radio-codec.ts';
import { RadioLink, type RadioLinkEvent, type RadioLinkOptions } from '../../radio/radio-link.ts';
import { seeded } from '../../simulator/seeded-random.ts';

/** A link with a device side: what the link wrote, decoded, and what it reported. */
function harness(options: Partial<RadioLinkOptions> = {}) {
  const link = new RadioLink({ random: seeded(7), ...options });
  const decoder = new StreamFrameDecoder<ToRadio>({ decodePayload: decodeToRadio });
  const fromDevice = new StreamFrameDecoder({ decodePayload: decodeFromRadio });
  const written: ToRadio[] = [];
  const raw: number[] = [];
  const events: RadioLinkEvent[] = [];
  let now = 0;
  const drain = () => {
    for (let bytes = link.pollTransmit(); bytes; bytes = link.pollTransmit()) {
      raw.push(...bytes);
      for (const item of decoder.push(bytes)) if (item.kind === 'frame') written.push(item.message);
    }
    for (let event = link.pollEvent(); event; event = link.pollEvent()) events.push(event);
  };
  const h = {
    link,
    written,
    raw,
    events,
    get now() {
      return now;
    },
    /** Jump from deadline to deadline up to `ms` from now, firing each. */
    advance(ms: number) {
      const end = now + ms;
      for (let at = link.pollTimeout(); at !== undefined && at <= end; at = link.pollTimeout()) {
        now = Math.max(now, at);
        link.handleTimeout(now);
        drain();
      }
      now = end;
    },
    connect() {
      link.start();
      drain();
      link.handleOpened(now);
      drain();
    },
    hear(init: FromRadioInit) {
      for (const item of fromDevice.push(fromRadioFrame(init))) link.handleItem(now, item);
      drain();
    },
    nonces: () => written.flatMap((m) => (m.payloadVariant.case === 'wantConfigId' ? [m.payloadVariant.value] : [])),
    heartbeats: () => written.filter((m) => m.payloadVariant.case === 'heartbeat').length,
    ownerProbes: () =>
      written.filter((m) => {
        const packet = m.payloadVariant.case === 'packet' ? m.payloadVariant.value.payloadVariant : undefined;
        return packet?.case === 'decoded' && packet.value.portnum === Portnums.PortNum.ADMIN_APP;
      }).length,
    of: <T extends RadioLinkEvent['type']>(type: T) => events.filter((e): e is Extract<RadioLinkEvent, { type: T }> => e.type === type),
  };
  return h;
}

const complete = (nonce: number): FromRadioInit => ({ payloadVariant: { case: 'configCompleteId', value: nonce } });
const myInfo: FromRadioInit = { payloadVariant: { case: 'myInfo', value: { myNodeNum: 42 } } };

/** A link that has finished its handshake with radio 42. */
function configured(options: Partial<RadioLinkOptions> = {}) {
  const h = harness(options);
  h.connect();
  h.advance(1_000);
  h.hear(myInfo);
  h.hear(complete(h.nonces()[0]!));
  return h;
}

describe('RadioLink handshake', () => {
  it('asks for a transport, wakes the radio with 32 x 0xC3, and asks for its config after the settle time', () => {
    const h = harness({ wakeSettleMs: 100 });
    h.link.start();
    expect(h.link.pollEvent()).toEqual({ type: 'open' });
    h.link.handleOpened(0);
    for (let bytes = h.link.pollTransmit(); bytes; bytes = h.link.pollTransmit()) h.raw.push(...bytes);
    expect(h.raw).toEqual(new Array(32).fill(0xc3));
    expect(h.link.pollTimeout()).toBe(100);
    h.advance(99);
    expect(h.nonces()).toEqual([]);
    h.advance(1);
    expect(h.nonces()).toHaveLength(1);
    expect(h.raw.slice(32, 34)).toEqual([0x94, 0xc3]);
    expect(h.link.state).toBe('configuring');
  });

  it('ignores a config_complete_id that does not echo its nonce', () => {
    const h = harness();
    h.connect();
    h.advance(1_000);
    const [nonce] = h.nonces();
    h.hear(myInfo);
    h.hear(complete(nonce! + 1));
    expect(h.link.state).toBe('configuring');
    expect(h.of('log').some((e) => e.log.text.includes('stale config_complete_id'))).toBe(true);
    h.hear(complete(nonce!));
    expect(h.link.state).toBe('ready');
    expect(h.of('configured')).toHaveLength(1);
    expect(h.link.device?.myInfo?.myNodeNum).toBe(42);
  });

  it('asks again with a fresh nonce when the download never completes, and reopens after three tries', () => {
    const h = harness({ configTimeoutMs: 30_000, configAttempts: 3 });
    h.connect();
    h.advance(29_000);
    expect(h.nonces()).toHaveLength(1);
    h.advance(2_000);
    const nonces = h.nonces();
    expect(nonces).toHaveLength(2);
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(nonces).not.toContain(69420);
    expect(nonces).not.toContain(69421);
    h.advance(60_000);
    expect(h.nonces()).toHaveLength(3);
    expect(h.of('error').map((e) => e.error.code)).toEqual(['MESHLOOM_ERR_CONFIG_TIMEOUT']);
    expect(h.of('close')).toHaveLength(1);
  });

  it('downloads the config again after the radio says it rebooted', () => {
    const h = harness();
    h.connect();
    h.advance(1_000);
    h.hear(complete(h.nonces()[0]!));
    h.hear({ payloadVariant: { case: 'rebooted', value: true } });
    expect(h.link.state).toBe('configuring');
    h.advance(1_000);
    expect(h.nonces()).toHaveLength(2);
  });
});

describe('RadioLink liveness', () => {
  it('sends a heartbeat at each interval while the radio answers', () => {
    const h = harness({ heartbeatIntervalMs: 300_000 });
    h.connect();
    h.advance(1_000);
    h.hear(complete(h.nonces()[0]!));
    h.advance(298_999);
    expect(h.heartbeats()).toBe(0);
    for (let i = 1; i <= 3; i++) {
      h.advance(1);
      expect(h.heartbeats()).toBe(i);
      h.hear({ payloadVariant: { case: 'queueStatus', value: { free: 16, maxlen: 16 } } });
      h.advance(299_999);
    }
    expect(h.of('close')).toEqual([]);
  });

  it('takes a radio that stops answering for gone, then reconnects with growing, jittered backoff', () => {
    const h = configured({ heartbeatIntervalMs: 40_000, heartbeatReplyTimeoutMs: 20_000, reconnectInitialMs: 500, reconnectMaxMs: 30_000 });
    // An unanswered first heartbeat may be firmware 2.6, which never answers one: the radio is asked for its
    // owner instead, and only that going unanswered too means it is gone.
    h.advance(39_000 + 19_999);
    expect(h.ownerProbes()).toBe(0);
    h.advance(1);
    expect(h.ownerProbes()).toBe(1);
    h.advance(19_999);
    expect(h.of('close')).toEqual([]);
    h.advance(1);
    expect(h.of('error').map((e) => e.error.code)).toEqual(['MESHLOOM_ERR_LINK_SILENT']);
    expect(h.of('close')).toHaveLength(1);
    for (let failure = 0; failure < 8; failure++) {
      const at = h.now;
      if (failure === 0) h.link.handleClosed(at, new Error('closed on request'));
      else h.link.handleOpenFailed(at, new Error('no such port'));
      expect(h.link.state).toBe('backoff');
      const delay = h.link.pollTimeout()! - at;
      const base = Math.min(30_000, 500 * 2 ** failure);
      expect(delay).toBeGreaterThanOrEqual(base * 0.8);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
      h.advance(delay - 1);
      expect(h.of('open')).toHaveLength(failure + 1);
      h.advance(1);
      expect(h.of('open')).toHaveLength(failure + 2);
    }
    expect(h.of('disconnected')).toEqual([{ type: 'disconnected', reason: 'closed on request', willRetry: true }]);
  });

  it('keeps a radio that never answers heartbeats (firmware 2.6) but answers its owner request, and asks that next time', () => {
    const h = configured({ heartbeatIntervalMs: 40_000, heartbeatReplyTimeoutMs: 20_000 });
    h.advance(39_000 + 20_000);
    expect(h.ownerProbes()).toBe(1);
    const answer: FromRadioInit = { payloadVariant: { case: 'queueStatus', value: { free: 16, maxlen: 16 } } };
    h.hear(answer);
    // Heartbeat times come every 40 s from the first (at 40 s); each is now an owner request, answered at once.
    for (let round = 2; round <= 6; round++) {
      h.advance(round === 2 ? 20_000 : 40_000);
      expect(h.ownerProbes()).toBe(round);
      h.hear(answer);
    }
    h.advance(19_999);
    expect(h.of('close')).toEqual([]);
    expect(h.heartbeats()).toBe(1);
    expect(h.link.liveness).toEqual({ heartbeats: 1, ownerProbes: 6, answered: 6 });
  });

  it('after a reboot it was told of, reopens a link that stayed open but silent (firmware 2.6 on Linux, USB bridges)', () => {
    const h = configured({ heartbeatIntervalMs: 300_000, heartbeatReplyTimeoutMs: 20_000 });
    h.link.expectReboot(h.now, 15_000);
    h.advance(14_999);
    expect(h.ownerProbes()).toBe(0);
    h.advance(1);
    expect(h.ownerProbes()).toBe(1);
    h.advance(19_999);
    expect(h.of('close')).toEqual([]);
    h.advance(1);
    // Expected, so not reported as an error: the link is reopened and the config downloaded again.
    expect(h.of('close')).toHaveLength(1);
    expect(h.of('error')).toEqual([]);
  });

  it('leaves a link alone that showed the reboot, or that answers after it', () => {
    const showed = configured({ heartbeatIntervalMs: 300_000 });
    showed.link.expectReboot(showed.now, 15_000);
    showed.advance(8_000);
    showed.hear({ payloadVariant: { case: 'rebooted', value: true } });
    showed.advance(60_000);
    expect(showed.ownerProbes()).toBe(0);

    const answers = configured({ heartbeatIntervalMs: 300_000, heartbeatReplyTimeoutMs: 20_000 });
    answers.link.expectReboot(answers.now, 15_000);
    answers.advance(15_000);
    expect(answers.ownerProbes()).toBe(1);
    answers.hear({ payloadVariant: { case: 'queueStatus', value: { free: 16, maxlen: 16 } } });
    answers.advance(60_000);
    expect(answers.of('close')).toEqual([]);
  });

  it('reports a corrupt frame from the radio and carries on', () => {
    const h = harness();
    h.connect();
    h.advance(1_000);
    const fromDevice = new StreamFrameDecoder({ decodePayload: decodeFromRadio });
    for (const item of fromDevice.push(Uint8Array.of(0x94, 0xc3, 0x00, 0x03, 0xff, 0xff, 0xff))) h.link.handleItem(h.now, item);
    for (let event = h.link.pollEvent(); event; event = h.link.pollEvent()) h.events.push(event);
    h.hear(complete(h.nonces()[0]!));
    expect(h.of('error').map((e) => e.error.code)).toEqual(['MESHLOOM_ERR_FROMRADIO_INVALID']);
    expect(h.link.state).toBe('ready');
  });

  it('stops for good on close: a goodbye to the radio, no timers left, no reconnect', () => {
    const h = harness();
    h.connect();
    h.advance(1_000);
    h.hear(complete(h.nonces()[0]!));
    h.link.close();
    for (let bytes = h.link.pollTransmit(); bytes; bytes = h.link.pollTransmit()) h.raw.push(...bytes);
    expect(h.link.pollEvent()).toEqual({ type: 'close' });
    expect(h.link.pollTimeout()).toBeUndefined();
    h.link.handleClosed(h.now);
    expect(h.link.pollEvent()).toEqual({ type: 'disconnected', reason: 'link closed', willRetry: false });
    expect(h.link.pollTimeout()).toBeUndefined();
    expect(h.link.state).toBe('closed');
  });
});
