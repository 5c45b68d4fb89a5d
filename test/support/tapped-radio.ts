/**
 * A radio that says more than it should: the virtual radio on an in-process cable, with a way to put extra bytes
 * on the radio's side of it (a hostile or broken radio), and texts from any sender as the radio would frame them.
 * Used by the hostile-radio tests, bench/security and the in-process transport's contract test.
 */
import { Portnums } from '@meshtastic/protobufs';
import { fromRadioFrame } from '../../protocol/meshtastic/radio-codec.ts';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { transportOverDuplex, type TransportOpener } from '../../radio/transport.ts';
import { attachDuplexAsSerial } from '../../simulator/virtual-radio/endpoints.ts';
import { duplexPair } from '../../simulator/virtual-radio/in-process-transport.ts';
import type { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';

/** The virtual radio on a cable, a way to put extra bytes on the radio's side of it, and to pull the plug. */
export function tappedRadio(
  radio: VirtualRadio,
  description = 'tapped virtual radio',
): { open: TransportOpener; inject: (bytes: Uint8Array) => void; unplug: () => void } {
  let device: ReturnType<typeof duplexPair>[1] | undefined;
  return {
    open: async () => {
      const [host, end] = duplexPair();
      device = end;
      attachDuplexAsSerial(radio, end);
      return transportOverDuplex(host, description);
    },
    inject: (bytes) => device?.write(bytes),
    unplug: () => device?.destroy(),
  };
}

export function textFrame(from: number, id: number, text: string): Uint8Array {
  return fromRadioFrame({
    payloadVariant: {
      case: 'packet',
      value: {
        from,
        to: BROADCAST_NUM,
        id,
        hopStart: 3,
        hopLimit: 3,
        payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode(text) } },
      },
    },
  });
}
