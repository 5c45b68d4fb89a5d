/**
 * Stream transform from raw bytes to stream items (frames, log lines, errors), around the pure
 * StreamFrameDecoder. It adds the one thing the decoder cannot do by itself: after a quiet spell it gives up on a
 * frame start whose end never came, so a false header in log text cannot hold back the frames behind it.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { StreamFrameDecoder, type StreamFrameDecoderOptions, type StreamItem } from '../protocol/meshtastic/frame-decoder.ts';

export interface FrameParserOptions<T> extends StreamFrameDecoderOptions<T> {
  /**
   * Quiet time after which an unfinished frame is abandoned. The firmware writes a frame in one go (516 bytes
   * take 45 ms at 115200 baud), so a frame start still unfinished after this is not a frame. Default 500 ms.
   */
  quietMs?: number;
}

export class FrameParser<T> extends Transform {
  readonly decoder: StreamFrameDecoder<T>;
  private readonly quietMs: number;
  private quietTimer: NodeJS.Timeout | undefined;

  constructor(options: FrameParserOptions<T>) {
    super({ readableObjectMode: true });
    const quietMs = options.quietMs ?? 500;
    if (!Number.isFinite(quietMs) || quietMs <= 0) throw new TypeError('"quietMs" must be a positive number');
    this.quietMs = quietMs;
    this.decoder = new StreamFrameDecoder(options);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.clearQuietTimer();
    this.pushAll(this.decoder.push(chunk));
    if (this.decoder.pendingBytes > 0) {
      this.quietTimer = setTimeout(() => {
        this.quietTimer = undefined;
        this.pushAll(this.decoder.abandonPending());
      }, this.quietMs);
      this.quietTimer.unref();
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.clearQuietTimer();
    this.pushAll(this.decoder.end());
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.clearQuietTimer();
    callback(error);
  }

  private pushAll(items: StreamItem<T>[]): void {
    for (const item of items) this.push(item);
  }

  private clearQuietTimer(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
  }
}
