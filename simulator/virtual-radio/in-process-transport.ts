/**
 * A radio in the same process: a pair of connected byte duplexes, one end for the session, the other for a
 * virtual radio's serial console. The embedded default neighbourhood runs this way, and so do fast tests.
 */
import { Duplex } from 'node:stream';
import { attachDuplexAsSerial } from './endpoints.ts';
import type { VirtualRadio } from './virtual-radio.ts';
import { transportOverDuplex, type RadioTransport, type TransportOpener } from '../../radio/transport.ts';

/** One end of an in-process pipe: what it is written goes out of its peer's readable side. */
class PipeEnd extends Duplex {
  peer!: PipeEnd;

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (!this.peer.destroyed) this.peer.push(chunk);
    callback();
  }

  override _read(): void {}

  override _final(callback: (error?: Error | null) => void): void {
    if (!this.peer.destroyed) this.peer.push(null);
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // Pulling one end of the cable closes the other, quietly: the far side sees 'close', not an error.
    if (!this.peer.destroyed) this.peer.destroy();
    callback(error);
  }
}

/** Two duplexes wired back to back: what one writes, the other reads. Destroying either closes both. */
export function duplexPair(): [Duplex, Duplex] {
  const a = new PipeEnd();
  const b = new PipeEnd();
  a.peer = b;
  b.peer = a;
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
