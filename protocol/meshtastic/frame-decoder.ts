/**
 * Incremental decoder for the Meshtastic stream API, usable in both directions.
 *
 * A radio's serial output mixes framed protobufs (`0x94 0xC3 LEN_MSB LEN_LSB payload`) with raw log text, and
 * that text is UTF-8, so it can hold 0x94 and even 0x94 0xC3. The firmware's own parser restarts its search after
 * a bad length; it cannot tell a bad payload from a good one. This decoder also checks the payload (through the
 * injected `decodePayload`), and when a candidate is not a message it gives back every byte after the first 0x94
 * for rescanning, so a real frame hidden behind a false header is still found.
 *
 * Pure: no I/O, no timers. The shell around it calls `abandonPending()` after a quiet spell, so a false header
 * that declares more bytes than ever arrive cannot hold back what follows it.
 *
 * Memory is bounded: at most one frame (4 + 512 bytes) waits for its end, and at most `maxLineBytes` of log text
 * waits for its newline.
 */
import { errorMessage, MeshloomError } from '../meshloom-error.ts';
import { streamErrors } from './errors.ts';
import { FRAME_HEADER_BYTES, FRAME_START1, FRAME_START2, MAX_FRAME_PAYLOAD_BYTES } from './stream-constants.ts';

export type StreamItem<T> = { kind: 'frame'; message: T; payload: Uint8Array } | { kind: 'log'; text: string } | { kind: 'error'; error: MeshloomError };

export interface StreamFrameDecoderOptions<T> {
  /** Turns a frame payload into a message; throws a MeshloomError when the bytes are not one. */
  decodePayload: (payload: Uint8Array) => T;
  /** Longest log line held back waiting for its newline before it is emitted unfinished. Default 4096. */
  maxLineBytes?: number;
}

export interface StreamFrameDecoderStats {
  frames: number;
  rejectedPayloads: number;
  oversizedHeaders: number;
  logLines: number;
  textBytes: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export class StreamFrameDecoder<T> {
  readonly stats: StreamFrameDecoderStats = {
    frames: 0,
    rejectedPayloads: 0,
    oversizedHeaders: 0,
    logLines: 0,
    textBytes: 0,
  };

  private readonly decodePayload: (payload: Uint8Array) => T;
  private readonly maxLineBytes: number;
  private readonly textDecoder = new TextDecoder('utf-8');
  /** Bytes from a possible frame start that have not all arrived yet. */
  private pending: Uint8Array = new Uint8Array(0);
  private readonly line: Uint8Array;
  private lineLength = 0;

  constructor(options: StreamFrameDecoderOptions<T>) {
    if (typeof options?.decodePayload !== 'function') {
      throw new TypeError('"decodePayload" must be a function');
    }
    const maxLineBytes = options.maxLineBytes ?? 4096;
    if (!Number.isInteger(maxLineBytes) || maxLineBytes < 1) {
      throw new TypeError('"maxLineBytes" must be a positive integer');
    }
    this.decodePayload = options.decodePayload;
    this.maxLineBytes = maxLineBytes;
    this.line = new Uint8Array(maxLineBytes);
  }

  /** Bytes held back because they may start a frame whose end has not arrived. */
  get pendingBytes(): number {
    return this.pending.length;
  }

  /** Feed the next chunk of the stream; returns what it completed, in stream order. */
  push(chunk: Uint8Array): StreamItem<T>[] {
    const out: StreamItem<T>[] = [];
    let data = chunk;
    if (this.pending.length > 0) {
      data = new Uint8Array(this.pending.length + chunk.length);
      data.set(this.pending, 0);
      data.set(chunk, this.pending.length);
    }
    this.pending = this.scan(data, 0, out);
    return out;
  }

  /**
   * Give up on a frame start whose end never came (the shell calls this after a quiet spell): its first byte
   * becomes text and the rest is scanned again.
   */
  abandonPending(): StreamItem<T>[] {
    const out: StreamItem<T>[] = [];
    if (this.pending.length > 0) {
      const data = this.pending;
      this.appendText(data, 0, 1, out);
      this.pending = this.scan(data, 1, out);
    }
    return out;
  }

  /** End of stream: an unfinished frame is reported, its bytes rescanned, and the last line emitted. */
  end(): StreamItem<T>[] {
    const out: StreamItem<T>[] = [];
    while (this.pending.length > 0) {
      const data = this.pending;
      if (data.length >= FRAME_HEADER_BYTES) {
        const declared = ((data[2] as number) << 8) | (data[3] as number);
        this.flushLine(out);
        out.push({
          kind: 'error',
          error: streamErrors.MESHLOOM_ERR_FRAME_TRUNCATED(data.length - FRAME_HEADER_BYTES, declared),
        });
      }
      this.appendText(data, 0, 1, out);
      this.pending = this.scan(data, 1, out);
    }
    this.flushLine(out);
    return out;
  }

  /** Classify data[from..]; returns the tail that may still become a frame (a copy, or empty). */
  private scan(data: Uint8Array, from: number, out: StreamItem<T>[]): Uint8Array {
    const n = data.length;
    let i = from;
    while (i < n) {
      const start = data.indexOf(FRAME_START1, i);
      if (start === -1) {
        this.appendText(data, i, n, out);
        return EMPTY;
      }
      if (start > i) this.appendText(data, i, start, out);
      if (start + 1 >= n) return data.slice(start);
      if (data[start + 1] !== FRAME_START2) {
        this.appendText(data, start, start + 1, out);
        i = start + 1;
        continue;
      }
      if (start + FRAME_HEADER_BYTES > n) return data.slice(start);
      const length = ((data[start + 2] as number) << 8) | (data[start + 3] as number);
      if (length > MAX_FRAME_PAYLOAD_BYTES) {
        // Not a frame the firmware could send: most often UTF-8 text such as "ÔÔ" (C3 94 C3 94).
        this.stats.oversizedHeaders++;
        this.appendText(data, start, start + 1, out);
        i = start + 1;
        continue;
      }
      const end = start + FRAME_HEADER_BYTES + length;
      if (end > n) return data.slice(start);
      const payload = data.subarray(start + FRAME_HEADER_BYTES, end);
      let message: T;
      try {
        message = this.decodePayload(payload);
      } catch (err) {
        this.stats.rejectedPayloads++;
        this.flushLine(out);
        out.push({ kind: 'error', error: asMeshloomError(err) });
        this.appendText(data, start, start + 1, out);
        i = start + 1;
        continue;
      }
      this.stats.frames++;
      this.flushLine(out);
      out.push({ kind: 'frame', message, payload });
      i = end;
    }
    return EMPTY;
  }

  private appendText(data: Uint8Array, from: number, to: number, out: StreamItem<T>[]): void {
    this.stats.textBytes += to - from;
    let i = from;
    while (i < to) {
      const newline = data.indexOf(NEWLINE, i);
      const stop = newline === -1 || newline >= to ? to : newline;
      this.appendToLine(data, i, stop, out);
      if (stop === newline) {
        this.flushLine(out);
        i = stop + 1;
      } else {
        i = stop;
      }
    }
  }

  private appendToLine(data: Uint8Array, from: number, to: number, out: StreamItem<T>[]): void {
    let i = from;
    while (i < to) {
      const room = this.maxLineBytes - this.lineLength;
      const take = Math.min(room, to - i);
      this.line.set(data.subarray(i, i + take), this.lineLength);
      this.lineLength += take;
      i += take;
      if (this.lineLength === this.maxLineBytes) this.flushLine(out);
    }
  }

  private flushLine(out: StreamItem<T>[]): void {
    let length = this.lineLength;
    this.lineLength = 0;
    while (length > 0 && this.line[length - 1] === CARRIAGE_RETURN) length--;
    if (length === 0) return;
    this.stats.logLines++;
    out.push({ kind: 'log', text: this.textDecoder.decode(this.line.subarray(0, length)) });
  }
}

const EMPTY = new Uint8Array(0);

function asMeshloomError(err: unknown): MeshloomError {
  if (err instanceof MeshloomError) return err;
  const invalid = streamErrors.MESHLOOM_ERR_PAYLOAD_INVALID(errorMessage(err));
  return new MeshloomError(invalid.code, invalid.message, { cause: err });
}
