/**
 * The session's handshake and liveness rules, against a scripted device that answers exactly what each test
 * needs (a stale nonce, silence, a missing config_complete).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { duplexPair } from '../../simulator/virtual-radio/in-process-transport.ts';
import { RadioSession } from '../../radio/radio-session.ts';
import { transportOverDuplex } from '../../radio/transport.ts';
import { StreamFrameDecoder } from '../../protocol/meshtastic/frame-decoder.ts';
import { decodeToRadio, fromRadioFrame, type ToRadio } from '../../protocol/meshtastic/radio-codec.ts';

type Reply = (message: ToRadio, send: (bytes: Uint8Array) => void) => void;

/** Opens a fresh scripted device per connection; records every ToRadio it got. */
function scriptedDevice(reply: Reply) {
  const received: ToRadio[] = [];
  let opens = 0;
  const open = async () => {
    opens++;
    const [host, device] = duplexPair();
    const decoder = new StreamFrameDecoder<ToRadio>({ decodePayload: decodeToRadio });
    device.on('data', (chunk: Buffer) => {
      for (const item of decoder.push(chunk)) {
        if (item.kind !== 'frame') continue;
        received.push(item.message);
        reply(item.message, (bytes) => device.write(bytes));
      }
    });
    return transportOverDuplex(host, 'scripted device');
  };
  return { open, received, opens: () => opens };
}

const complete = (nonce: number) => fromRadioFrame({ payloadVariant: { case: 'configCompleteId', value: nonce } });
const myInfo = fromRadioFrame({ payloadVariant: { case: 'myInfo', value: { myNodeNum: 42 } } });

const sessions: RadioSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

function start(options: ConstructorParameters<typeof RadioSession>[0]): RadioSession {
  const session = new RadioSession({ wakeSettleMs: 1, reconnectInitialMs: 10, ...options });
  sessions.push(session);
  session.start();
  return session;
}

async function until(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('RadioSession handshake', () => {
  it('wakes the radio with 32 x 0xC3 before asking for its config', async () => {
    const raw: number[] = [];
    const [host, device] = duplexPair();
    device.on('data', (chunk: Buffer) => raw.push(...chunk));
    start({ open: async () => transportOverDuplex(host, 'raw') });
    await until(() => raw.length > 32);
    expect(raw.slice(0, 32)).toEqual(new Array(32).fill(0xc3));
    expect(raw.slice(32, 34)).toEqual([0x94, 0xc3]);
  });

  it('ignores a config_complete_id that does not echo its nonce', async () => {
    const device = scriptedDevice((message, send) => {
      if (message.payloadVariant.case !== 'wantConfigId') return;
      const nonce = message.payloadVariant.value;
      send(myInfo);
      send(complete(nonce + 1));
      setTimeout(() => send(complete(nonce)), 30);
    });
    const session = start({ open: device.open });
    const configured: number[] = [];
    session.on('configured', () => configured.push(Date.now()));
    await session.whenConfigured(2_000);
    expect(configured).toHaveLength(1);
    expect(session.myNodeNum).toBe(42);
  });

  it('asks again with a fresh nonce when the download never completes', async () => {
    let first = true;
    const device = scriptedDevice((message, send) => {
      if (message.payloadVariant.case !== 'wantConfigId') return;
      if (first) first = false;
      else send(complete(message.payloadVariant.value));
    });
    const session = start({ open: device.open, configTimeoutMs: 50 });
    await session.whenConfigured(2_000);
    const nonces = device.received.flatMap((m) => (m.payloadVariant.case === 'wantConfigId' ? [m.payloadVariant.value] : []));
    expect(nonces).toHaveLength(2);
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(nonces).not.toContain(69420);
    expect(nonces).not.toContain(69421);
  });
});

describe('RadioSession liveness', () => {
  it('sends heartbeats at the configured interval', async () => {
    const device = scriptedDevice((message, send) => {
      if (message.payloadVariant.case === 'wantConfigId') send(complete(message.payloadVariant.value));
      if (message.payloadVariant.case === 'heartbeat') {
        send(fromRadioFrame({ payloadVariant: { case: 'queueStatus', value: { free: 16, maxlen: 16 } } }));
      }
    });
    start({ open: device.open, heartbeatIntervalMs: 30 });
    await until(() => device.received.filter((m) => m.payloadVariant.case === 'heartbeat').length >= 3);
    expect(device.opens()).toBe(1);
  });

  it('takes a radio that stops answering for gone, and reconnects', async () => {
    let answering = true;
    const device = scriptedDevice((message, send) => {
      if (!answering) return;
      if (message.payloadVariant.case === 'wantConfigId') send(complete(message.payloadVariant.value));
    });
    const session = start({ open: device.open, heartbeatIntervalMs: 40, heartbeatReplyTimeoutMs: 40 });
    await session.whenConfigured(2_000);
    const problems: string[] = [];
    session.on('error', (err) => problems.push(err.code));
    answering = false;
    await until(() => device.opens() >= 2);
    expect(problems).toContain('MESHLOOM_ERR_LINK_SILENT');
    answering = true;
    await session.whenConfigured(2_000);
  });

  it('reports a corrupt frame from the radio and carries on', async () => {
    const device = scriptedDevice((message, send) => {
      if (message.payloadVariant.case !== 'wantConfigId') return;
      send(Uint8Array.of(0x94, 0xc3, 0x00, 0x03, 0xff, 0xff, 0xff));
      send(complete(message.payloadVariant.value));
    });
    const session = start({ open: device.open });
    const problems: string[] = [];
    session.on('error', (err) => problems.push(err.code));
    await session.whenConfigured(2_000);
    expect(problems).toEqual(['MESHLOOM_ERR_FROMRADIO_INVALID']);
  });
});
