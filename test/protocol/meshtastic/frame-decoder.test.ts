import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFrame } from '../../../protocol/meshtastic/frame-encoder.ts';
import { StreamFrameDecoder, type StreamItem } from '../../../protocol/meshtastic/frame-decoder.ts';
import { decodeFromRadio, fromRadioFrame, type FromRadio } from '../../../protocol/meshtastic/radio-codec.ts';
import { FRAME_HEADER_BYTES, MAX_FRAME_PAYLOAD_BYTES } from '../../../protocol/meshtastic/stream-constants.ts';
import { concat, fromRadioPayload, hex, logLine, randomBytes, splitAt } from './from-radio-arbitraries.ts';

const newDecoder = () => new StreamFrameDecoder<FromRadio>({ decodePayload: decodeFromRadio });
const utf8 = (s: string) => new TextEncoder().encode(s);

function decodeAll(chunks: Uint8Array[], decoder = newDecoder()): StreamItem<FromRadio>[] {
  const items: StreamItem<FromRadio>[] = [];
  for (const chunk of chunks) {
    items.push(...decoder.push(chunk));
    expect(decoder.pendingBytes).toBeLessThanOrEqual(FRAME_HEADER_BYTES + MAX_FRAME_PAYLOAD_BYTES);
  }
  items.push(...decoder.end());
  expect(decoder.pendingBytes).toBe(0);
  return items;
}

const framePayloads = (items: StreamItem<FromRadio>[]) => items.flatMap((item) => (item.kind === 'frame' ? [hex(item.payload)] : []));
const logTexts = (items: StreamItem<FromRadio>[]) => items.flatMap((item) => (item.kind === 'log' ? [item.text] : []));

const rebooted = fromRadioFrame({ payloadVariant: { case: 'rebooted', value: true } });
const completeFrame = (nonce: number) => fromRadioFrame({ payloadVariant: { case: 'configCompleteId', value: nonce } });

describe('StreamFrameDecoder', () => {
  it('decodes a frame delivered one byte at a time', () => {
    const frame = completeFrame(4242);
    const items = decodeAll([...frame].map((b) => Uint8Array.of(b)));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.kind === 'frame' && item.message.payloadVariant).toEqual({ case: 'configCompleteId', value: 4242 });
  });

  it('hands log text through line by line, without the line endings', () => {
    const items = decodeAll([utf8('INFO  | boot\r\nDEBUG | radio up\n'), rebooted, utf8('WARN | late\n')]);
    expect(items.map((i) => i.kind)).toEqual(['log', 'log', 'frame', 'log']);
    expect(logTexts(items)).toEqual(['INFO  | boot', 'DEBUG | radio up', 'WARN | late']);
  });

  it('treats a stray 0x94 in UTF-8 text as text', () => {
    const text = 'node Ô\u0094ÔÔ says hi\n';
    const items = decodeAll([utf8(text), rebooted]);
    expect(logTexts(items)).toEqual(['node Ô\u0094ÔÔ says hi']);
    expect(framePayloads(items)).toEqual([hex(rebooted.subarray(FRAME_HEADER_BYTES))]);
  });

  it('keeps a frame whose payload contains 0x94 0xC3', () => {
    const frame = fromRadioFrame({
      payloadVariant: {
        case: 'packet',
        value: {
          id: 7,
          payloadVariant: { case: 'decoded', value: { portnum: 256, payload: Uint8Array.of(0x94, 0xc3, 0x00, 0x02, 1) } },
        },
      },
    });
    const items = decodeAll(splitAt(frame, [0.3, 0.6]));
    expect(framePayloads(items)).toEqual([hex(frame.subarray(FRAME_HEADER_BYTES))]);
    expect(items.some((i) => i.kind === 'error')).toBe(false);
  });

  it('resyncs after a header that declares more than 512 bytes', () => {
    const items = decodeAll([Uint8Array.of(0x94, 0xc3, 0x02, 0x01, 0x41, 0x0a), rebooted]);
    expect(framePayloads(items)).toHaveLength(1);
    expect(logTexts(items)).toHaveLength(1);
  });

  it('reports a payload that is not a FromRadio and finds the real frame hidden inside its span', () => {
    const real = completeFrame(99);
    // A false header declaring 40 bytes, whose span swallows the start of the real frame.
    const falseHeader = Uint8Array.of(0x94, 0xc3, 0x00, 40, 0xff, 0xff);
    const items = decodeAll([falseHeader, real, utf8('tail of the log line that fills the false span\n')]);
    expect(items.find((i) => i.kind === 'error')).toMatchObject({
      error: { code: 'MESHLOOM_ERR_FROMRADIO_INVALID' },
    });
    expect(framePayloads(items)).toEqual([hex(real.subarray(FRAME_HEADER_BYTES))]);
  });

  it('refuses an empty FromRadio: the firmware never sends one', () => {
    const items = decodeAll([encodeFrame(new Uint8Array(0))]);
    expect(items[0]).toMatchObject({ kind: 'error', error: { code: 'MESHLOOM_ERR_FROMRADIO_INVALID' } });
    expect(framePayloads(items)).toEqual([]);
  });

  it('releases frames held behind a false header when the shell abandons it after a quiet spell', () => {
    const decoder = newDecoder();
    const held = decoder.push(concat([Uint8Array.of(0x94, 0xc3, 0x01, 0x00), rebooted]));
    expect(held).toEqual([]);
    const released = decoder.abandonPending();
    expect(framePayloads(released)).toEqual([hex(rebooted.subarray(FRAME_HEADER_BYTES))]);
    expect(decoder.pendingBytes).toBe(0);
  });

  it('reports a frame cut off by the end of the stream', () => {
    const frame = completeFrame(5);
    const items = decodeAll([frame.subarray(0, frame.length - 1)]);
    expect(items[0]).toMatchObject({ kind: 'error', error: { code: 'MESHLOOM_ERR_FRAME_TRUNCATED' } });
  });

  it('holds bounded memory on endless garbage without newlines or frames', () => {
    const decoder = new StreamFrameDecoder<FromRadio>({ decodePayload: decodeFromRadio, maxLineBytes: 256 });
    const garbage = new Uint8Array(64 * 1024).map((_, i) => (i * 131 + 7) & 0xff).map((b) => (b === 0x0a ? 0x20 : b));
    let longest = 0;
    for (let round = 0; round < 32; round++) {
      for (const item of decoder.push(garbage)) {
        if (item.kind === 'log') longest = Math.max(longest, new TextEncoder().encode(item.text).length);
      }
      expect(decoder.pendingBytes).toBeLessThanOrEqual(FRAME_HEADER_BYTES + MAX_FRAME_PAYLOAD_BYTES);
    }
    // A cut line may end inside a UTF-8 sequence, whose replacement character takes up to 3 bytes.
    expect(longest).toBeLessThanOrEqual(256 * 3);
  });

  it('checks its options', () => {
    expect(() => new StreamFrameDecoder({} as never)).toThrow(TypeError);
    expect(() => new StreamFrameDecoder({ decodePayload: decodeFromRadio, maxLineBytes: 0 })).toThrow(TypeError);
  });
});

describe('StreamFrameDecoder properties', () => {
  const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

  it('with log text between frames: every frame and every line comes out, in order, exactly once', () => {
    // Valid UTF-8 can never forge a plausible header: after 0x94 0xC3 comes a continuation byte (>= 0x80), so
    // the declared length is over 512. Hence no frame may be lost here.
    const segment = fc.oneof(
      fromRadioPayload.map((payload) => ({ kind: 'frame' as const, payload })),
      fc.array(logLine, { minLength: 1, maxLength: 4 }).map((lines) => ({ kind: 'text' as const, lines })),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 25 }), cuts, (segments, cutPoints) => {
        const stream = concat(segments.map((s) => (s.kind === 'frame' ? encodeFrame(s.payload) : utf8(s.lines.join('')))));
        const items = decodeAll(splitAt(stream, cutPoints));
        expect(framePayloads(items)).toEqual(segments.flatMap((s) => (s.kind === 'frame' ? [hex(s.payload)] : [])));
        const expectedLines = segments.flatMap((s) => (s.kind === 'text' ? s.lines : [])).map((l) => l.replace(/\r?\n$/, ''));
        expect(logTexts(items)).toEqual(expectedLines);
        expect(items.some((i) => i.kind === 'error')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('with random bytes and text between frames: every frame not overlapped by a false header comes out once, in order', () => {
    const segment = fc.oneof(
      fromRadioPayload.map((payload) => ({ kind: 'frame' as const, bytes: new Uint8Array(0), payload })),
      randomBytes.map((bytes) => ({ kind: 'garbage' as const, bytes })),
      logLine.map((line) => ({ kind: 'garbage' as const, bytes: utf8(line) })),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 25 }), cuts, (segments, cutPoints) => {
        const parts = segments.map((s) => (s.kind === 'frame' ? encodeFrame(s.payload) : s.bytes));
        const stream = concat(parts);
        const optional = framesOverlappedByFalseHeaders(
          stream,
          parts,
          segments.map((s) => s.kind === 'frame'),
        );
        const expected = segments.flatMap((s, i) => (s.kind === 'frame' ? [{ hex: hex(s.payload), optional: optional.has(i) }] : []));
        const real = new Set(expected.map((e) => e.hex));
        const got = framePayloads(decodeAll(splitAt(stream, cutPoints))).filter((h) => real.has(h));
        // `got` must be `expected` with only optional frames left out.
        let j = 0;
        for (const frame of expected) {
          if (got[j] === frame.hex) j++;
          else expect(frame.optional, `frame ${frame.hex} missing`).toBe(true);
        }
        expect(j).toBe(got.length);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Indexes of frames that a false header may legitimately swallow: a 0x94 0xC3 with a length <= 512 in garbage
 * (or inside a frame that was itself swallowed) whose declared span reaches the frame's start. Such a header may
 * carry a payload that happens to parse, and nothing in the stream can tell it from a real one.
 */
function framesOverlappedByFalseHeaders(stream: Uint8Array, parts: Uint8Array[], isFrame: boolean[]): Set<number> {
  const optional = new Set<number>();
  let coveredUntil = 0;
  let offset = 0;
  const scanHeaders = (from: number, to: number) => {
    for (let p = from; p < to; p++) {
      if (stream[p] === 0x94 && stream[p + 1] === 0xc3 && p + 3 < stream.length) {
        const length = ((stream[p + 2] as number) << 8) | (stream[p + 3] as number);
        if (length <= MAX_FRAME_PAYLOAD_BYTES) coveredUntil = Math.max(coveredUntil, p + FRAME_HEADER_BYTES + length);
      }
    }
  };
  parts.forEach((part, i) => {
    if (!isFrame[i]) scanHeaders(offset, offset + part.length);
    else if (offset < coveredUntil) {
      optional.add(i);
      scanHeaders(offset, offset + part.length);
    }
    offset += part.length;
  });
  return optional;
}
