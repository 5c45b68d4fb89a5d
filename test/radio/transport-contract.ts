/**
 * The behaviour every RadioTransport owes the session, whatever carries its bytes. Each implementation runs
 * this suite against a virtual radio at the far end (meshtastic/web's transportContract has the same idea).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceItem, RadioTransport, TransportOpener } from '../../radio/transport.ts';
import { toRadioFrame } from '../../protocol/meshtastic/radio-codec.ts';

export interface TransportFixture {
  open: TransportOpener;
  /** Take the far end away (cable pulled, server gone). */
  unplug(): Promise<void>;
  cleanup(): Promise<void>;
}

function nextFrame(transport: RadioTransport, match: (item: DeviceItem) => boolean, timeoutMs = 5_000): Promise<DeviceItem> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no matching item in time')), timeoutMs);
    const onData = (item: DeviceItem) => {
      if (!match(item)) return;
      clearTimeout(timer);
      transport.fromDevice.off('data', onData);
      resolve(item);
    };
    transport.fromDevice.on('data', onData);
  });
}

const isComplete = (nonce: number) => (item: DeviceItem) =>
  item.kind === 'frame' && item.message.payloadVariant.case === 'configCompleteId' && item.message.payloadVariant.value === nonce;

export function runTransportContract(name: string, makeFixture: () => Promise<TransportFixture>): void {
  describe(`${name} transport contract`, () => {
    let fixture: TransportFixture | undefined;
    afterEach(async () => {
      await fixture?.cleanup();
      fixture = undefined;
    });

    it('carries a want_config to the radio and its whole answer back as frames', async () => {
      fixture = await makeFixture();
      const transport = await fixture.open();
      const done = nextFrame(transport, isComplete(4242));
      transport.toDevice.write(toRadioFrame({ payloadVariant: { case: 'wantConfigId', value: 4242 } }));
      await expect(done).resolves.toMatchObject({ kind: 'frame' });
      await transport.close();
    });

    it('carries a frame written one byte at a time', async () => {
      fixture = await makeFixture();
      const transport = await fixture.open();
      const done = nextFrame(transport, isComplete(77));
      for (const byte of toRadioFrame({ payloadVariant: { case: 'wantConfigId', value: 77 } })) {
        transport.toDevice.write(Uint8Array.of(byte));
      }
      await expect(done).resolves.toMatchObject({ kind: 'frame' });
      await transport.close();
    });

    it('settles `closed` without a cause and ends fromDevice on close()', async () => {
      fixture = await makeFixture();
      const transport = await fixture.open();
      const ended = new Promise<void>((resolve) => transport.fromDevice.once('end', resolve));
      transport.fromDevice.resume();
      await transport.close();
      await expect(transport.closed).resolves.toBeUndefined();
      await ended;
    });

    it('settles `closed` and ends fromDevice when the far end goes away', async () => {
      fixture = await makeFixture();
      const transport = await fixture.open();
      const ended = new Promise<void>((resolve) => transport.fromDevice.once('end', resolve));
      transport.fromDevice.resume();
      await fixture.unplug();
      await transport.closed;
      await ended;
    });
  });
}
