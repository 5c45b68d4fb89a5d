/**
 * The seam between the radio session and whatever carries the bytes: a USB serial port, a TCP socket, a
 * pseudo-terminal, or an in-process pipe to a virtual radio. Every implementation passes the same contract suite
 * (test/radio/transport-contract.ts).
 */
import type { Duplex, Readable, Writable } from 'node:stream';
import type { StreamItem } from '../protocol/meshtastic/frame-decoder.ts';
import { decodeFromRadio, type FromRadio } from '../protocol/meshtastic/radio-codec.ts';
import { FrameParser } from './frame-parser.ts';

export type DeviceItem = StreamItem<FromRadio>;

export interface RadioTransport {
  /** Where the bytes go, for logs: "serial /dev/ttyUSB0", "tcp 192.168.1.20:4403". */
  readonly description: string;
  /** Bytes to the radio. */
  readonly toDevice: Writable;
  /** What the radio said, as DeviceItem objects; ends when the link is gone. */
  readonly fromDevice: Readable;
  /** Settles once the link is gone, with the cause when it broke rather than was closed. */
  readonly closed: Promise<Error | undefined>;
  close(): Promise<void>;
}

/** Opens a fresh link to the same radio; the session calls it again to reconnect. */
export type TransportOpener = () => Promise<RadioTransport>;

/** A RadioTransport over any byte duplex already open (socket, serial port, in-process pipe). */
export function transportOverDuplex(duplex: Duplex, description: string): RadioTransport {
  const parser = new FrameParser<FromRadio>({ decodePayload: decodeFromRadio });
  let cause: Error | undefined;
  /** Set by close(): errors raised while we tear the link down ourselves are not its cause. */
  let closing = false;
  let settle!: (error: Error | undefined) => void;
  const closed = new Promise<Error | undefined>((resolve) => {
    settle = resolve;
  });
  const finish = () => {
    if (!parser.writableEnded) parser.end();
    settle(cause);
  };
  duplex.on('data', (chunk: Buffer) => parser.write(chunk));
  duplex.on('error', (error: Error) => {
    if (!closing) cause ??= error;
    duplex.destroy();
  });
  duplex.on('end', () => duplex.destroy());
  duplex.on('close', finish);
  return {
    description,
    toDevice: duplex,
    fromDevice: parser,
    closed,
    async close() {
      closing = true;
      if (!duplex.destroyed) duplex.destroy();
      await closed;
    },
  };
}
