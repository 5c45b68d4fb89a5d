/**
 * A radio in the same process: a pair of connected byte duplexes, one end for the session, the other for a
 * virtual radio's serial console. The embedded default neighbourhood runs this way, and so do fast tests.
 */
import { Duplex, PassThrough } from 'node:stream';
import { attachDuplexAsSerial } from '../../simulator/virtual-radio/endpoints.ts';
import type { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';
import { transportOverDuplex, type RadioTransport, type TransportOpener } from './transport.ts';

/** Two duplexes wired back to back: what one writes, the other reads. Destroying either closes both. */
export function duplexPair(): [Duplex, Duplex] {
  const aToB = new PassThrough();
  const bToA = new PassThrough();
  const a = Duplex.from({ readable: bToA, writable: aToB });
  const b = Duplex.from({ readable: aToB, writable: bToA });
  const closeBoth = () => {
    if (!a.destroyed) a.destroy();
    if (!b.destroyed) b.destroy();
  };
  a.once('close', closeBoth);
  b.once('close', closeBoth);
  return [a, b];
}

/** Opens an in-process serial link to the virtual radio, as if a cable were plugged in. */
export function virtualRadioOpener(radio: VirtualRadio): TransportOpener {
  return async (): Promise<RadioTransport> => {
    const [host, device] = duplexPair();
    attachDuplexAsSerial(radio, device);
    return transportOverDuplex(host, `in-process virtual radio !${radio.nodeNum.toString(16).padStart(8, '0')}`);
  };
}
