/**
 * Decode throughput of the stream framer plus FromRadio parsing, the work a gateway does on every byte from its
 * radio: a 50 MB capture-like stream, 10% of it firmware log text (UTF-8, with 0x94 bytes), the rest frames of
 * the kinds a busy radio sends, fed in 64 KiB chunks as a socket or serial port delivers them.
 */
import { create, toBinary } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { concatBytes } from '../protocol/bytes.ts';
import { StreamFrameDecoder } from '../protocol/meshtastic/frame-decoder.ts';
import { encodeFrame } from '../protocol/meshtastic/frame-encoder.ts';
import { decodeFromRadio, type FromRadio, type FromRadioInit } from '../protocol/meshtastic/radio-codec.ts';
import { seeded } from '../simulator/seeded-random.ts';
import { writeResult } from './write-result.ts';

const TOTAL_BYTES = 50 * 1024 * 1024;
const TEXT_SHARE = 0.1;
const CHUNK_BYTES = 64 * 1024;
const RUNS = 3;

function buildStream(): { stream: Uint8Array; frames: number; textBytes: number } {
  // Seeded, so every run decodes the same stream.
  const random = seeded(42);
  const parts: Uint8Array[] = [];
  let size = 0;
  let frames = 0;
  let textBytes = 0;
  const logLines = [
    'DEBUG | 12:04:11 3312 [Router] Received routing from=0x6d6c0101, id=0x1a2b3c4d, portnum=67, payloadlen=24',
    'INFO  | 12:04:12 3313 [RadioIf] Lora RX (id=0x5e6f7a8b fr=0xa1b2c3d4 to=0xffffffff, transport = 0, WantAck=0, HopLim=3 Ch=0x8 Portnum=1 rxSNR=6.5 rxRSSI=-97)',
    'DEBUG | 12:04:13 3314 [Router] Node Ôrchard Ô heard, snr 7.25',
    'WARN  | 12:04:14 3315 [GPS] No GPS lock \u0094 retrying',
  ].map((l) => new TextEncoder().encode(`\u001b[34m${l}\u001b[0m\r\n`));
  const payload = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  const frameFor = (r: number): FromRadioInit => {
    if (r < 0.6) {
      return {
        id: Math.floor(random() * 2 ** 32),
        payloadVariant: {
          case: 'packet',
          value: {
            from: Math.floor(random() * 2 ** 32),
            to: 0xffffffff,
            id: Math.floor(random() * 2 ** 32),
            rxSnr: 6.5,
            rxRssi: -97,
            hopLimit: 2,
            hopStart: 3,
            payloadVariant: {
              case: 'decoded',
              value: {
                portnum: random() < 0.5 ? Portnums.PortNum.PRIVATE_APP : Portnums.PortNum.TEXT_MESSAGE_APP,
                payload: payload(20 + Math.floor(random() * 200)),
              },
            },
          },
        },
      };
    }
    if (r < 0.8) {
      return {
        payloadVariant: {
          case: 'nodeInfo',
          value: {
            num: Math.floor(random() * 2 ** 32),
            user: { longName: 'Corner Bakery Ô', shortName: 'BAKE', publicKey: payload(32) },
            snr: 5,
            lastHeard: 1_800_000_000,
          },
        },
      };
    }
    if (r < 0.9) return { payloadVariant: { case: 'queueStatus', value: { free: 12, maxlen: 16, meshPacketId: Math.floor(random() * 2 ** 32) } } };
    return { payloadVariant: { case: 'logRecord', value: { message: 'Router: forwarding packet', source: 'Router', level: 10 } } };
  };
  while (size < TOTAL_BYTES) {
    let part: Uint8Array;
    if (textBytes < size * TEXT_SHARE) {
      part = logLines[Math.floor(random() * logLines.length)] as Uint8Array;
      textBytes += part.length;
    } else {
      part = encodeFrame(toBinary(Mesh.FromRadioSchema, create(Mesh.FromRadioSchema, frameFor(random()))));
      frames++;
    }
    parts.push(part);
    size += part.length;
  }
  return { stream: concatBytes(parts), frames, textBytes };
}

function medianDecodeMs(decodePayload: (payload: Uint8Array) => unknown, expectedFrames: number): { medianMs: number; runsMs: number[] } {
  const runsMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const decoder = new StreamFrameDecoder<unknown>({ decodePayload });
    let decoded = 0;
    const started = performance.now();
    for (let at = 0; at < stream.length; at += CHUNK_BYTES) {
      for (const item of decoder.push(stream.subarray(at, at + CHUNK_BYTES))) if (item.kind === 'frame') decoded++;
    }
    for (const item of decoder.end()) if (item.kind === 'frame') decoded++;
    runsMs.push(performance.now() - started);
    if (decoded !== expectedFrames) throw new Error(`decoded ${decoded} frames of ${expectedFrames}: the bench stream was misread`);
  }
  return { medianMs: [...runsMs].sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number, runsMs };
}

const { stream, frames, textBytes } = buildStream();
const mb = stream.length / (1024 * 1024);
const full = medianDecodeMs((payload) => decodeFromRadio(payload) satisfies FromRadio, frames);
// The same stream with the payload check reduced to nothing: what the framing alone costs.
const framingOnly = medianDecodeMs((payload) => payload.length, frames);
writeResult(
  'framing',
  { mbPerSecond: Number((mb / (full.medianMs / 1000)).toFixed(1)) },
  {
    streamMB: Number(mb.toFixed(1)),
    frames,
    textShare: Number((textBytes / stream.length).toFixed(3)),
    chunkBytes: CHUNK_BYTES,
    runsMs: full.runsMs.map(Math.round),
    framingOnlyMbPerSecond: Number((mb / (framingOnly.medianMs / 1000)).toFixed(1)),
  },
);
