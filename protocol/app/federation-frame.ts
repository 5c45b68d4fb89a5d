/**
 * The envelope of meshloom's own sync between gateways over MQTT. Inside is a payload exactly as it travels on
 * air; around it, the sending gateway's key and signature, bound to the federation's name, so a gateway admits
 * frames only from the keys on its federation's trust list (and a frame for one federation is no good in another).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { concatBytes, equalBytes } from '../bytes.ts';
import { errorMessage } from '../meshloom-error.ts';
import { appErrors } from './errors.ts';
import { nodeId } from '../meshtastic/node-db.ts';
import { meshloom } from './generated/meshloom.js';
import type { KeyPair } from './signatures.ts';

export interface FederationFrame {
  from: number;
  to: number;
  payload: Uint8Array;
  publicKey: Uint8Array;
  signature: Uint8Array;
}

export type FrameVerdict = { ok: true; frame: FederationFrame } | { ok: false; reason: 'malformed' | 'untrusted' | 'forged'; detail: string };

/** Frames larger than this are refused before decoding: a sync answer of 1,024 entries fits well inside. */
const FRAME_MAX_BYTES = 256 * 1024;

const utf8 = new TextEncoder();

function statement(federation: string, from: number, to: number, payload: Uint8Array): Uint8Array {
  const ids = new Uint8Array(8);
  const view = new DataView(ids.buffer);
  view.setUint32(0, from >>> 0);
  view.setUint32(4, to >>> 0);
  return concatBytes([utf8.encode(`meshloom/1/federation/${federation}\0`), ids, payload]);
}

export function encodeFrame(federation: string, keys: KeyPair, from: number, to: number, payload: Uint8Array): Uint8Array {
  const signature = ed25519.sign(statement(federation, from, to, payload), keys.secretKey);
  return meshloom.FederationFrame.encode({ from: from >>> 0, to: to >>> 0, payload, publicKey: keys.publicKey, signature }).finish();
}

/** Decode and check a frame against the trust list (hex public keys). Never throws. */
export function openFrame(federation: string, trusted: ReadonlySet<string>, bytes: Uint8Array): FrameVerdict {
  if (bytes.length > FRAME_MAX_BYTES) return { ok: false, reason: 'malformed', detail: `${bytes.length} bytes, more than ${FRAME_MAX_BYTES}` };
  let frame: FederationFrame;
  try {
    const raw = meshloom.FederationFrame.decode(bytes);
    frame = {
      from: Number(raw.from) >>> 0,
      to: Number(raw.to) >>> 0,
      payload: bytesOf(raw.payload),
      publicKey: bytesOf(raw.publicKey),
      signature: bytesOf(raw.signature),
    };
  } catch (err) {
    return { ok: false, reason: 'malformed', detail: errorMessage(err) };
  }
  if (frame.publicKey.length !== 32 || frame.signature.length !== 64 || frame.payload.length === 0) {
    return { ok: false, reason: 'malformed', detail: 'key, signature or payload missing or of the wrong size' };
  }
  const keyHex = Buffer.from(frame.publicKey).toString('hex');
  if (!trusted.has(keyHex)) return { ok: false, reason: 'untrusted', detail: `key ${keyHex.slice(0, 16)}… of ${nodeId(frame.from)} is not on the trust list` };
  let valid = false;
  try {
    valid = ed25519.verify(frame.signature, statement(federation, frame.from, frame.to, frame.payload), frame.publicKey);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'forged', detail: `frame from ${nodeId(frame.from)} does not match its signature` };
  return { ok: true, frame };
}

/** Whether a frame's key is the one a gateway pinned for that node number (or the node is new to us). */
export function keyMatches(pinned: Uint8Array | undefined, frame: FederationFrame): boolean {
  return pinned === undefined || equalBytes(pinned, frame.publicKey);
}

function bytesOf(value: unknown): Uint8Array {
  // protobufjs hands out Buffers in Node; the rest of meshloom works with plain Uint8Array views.
  if (value instanceof Uint8Array) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw appErrors.MESHLOOM_ERR_FEDERATION_FRAME('a bytes field is not bytes');
}
