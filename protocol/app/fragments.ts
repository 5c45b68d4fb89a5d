/**
 * Messages longer than one packet (a long note or alert instruction) travel as numbered fragments and are put
 * back together on arrival. Bounded: a whole message is at most `maxMessageBytes`, and a sender can keep only a
 * few reassemblies open; incomplete ones expire.
 */
import { appErrors } from './errors.ts';
import type { FragmentBody } from './messages.ts';
import { LIMITS } from './messages.ts';
import { encodeMessage } from './packet-format.ts';

/** Bytes a fragment message spends besides its data: type byte, id, index, count, tags and length. */
const FRAGMENT_OVERHEAD_BYTES = 1 + 6 + 2 + 2 + 3;
export const MAX_MESSAGE_BYTES = 4_096;

/** Split an encoded payload into fragment payloads of at most `maxPayloadBytes` each. */
export function fragmentPayload(payload: Uint8Array, messageId: number, maxPayloadBytes: number): Uint8Array[] {
  if (payload.length > MAX_MESSAGE_BYTES) throw appErrors.MESHLOOM_ERR_MESSAGE_TOO_LONG(payload.length, MAX_MESSAGE_BYTES);
  const chunk = maxPayloadBytes - FRAGMENT_OVERHEAD_BYTES;
  const count = Math.ceil(payload.length / chunk);
  if (count > LIMITS.fragments) throw appErrors.MESHLOOM_ERR_MESSAGE_TOO_LONG(payload.length, LIMITS.fragments * chunk);
  return Array.from({ length: count }, (_, index) =>
    encodeMessage({
      type: 'fragment',
      body: { messageId, index, count, data: payload.subarray(index * chunk, (index + 1) * chunk) },
    }),
  );
}

interface Assembly {
  count: number;
  parts: (Uint8Array | undefined)[];
  received: number;
  bytes: number;
  startedMs: number;
}

export interface ReassemblerOptions {
  maxMessageBytes?: number;
  /** Drop a reassembly whose pieces stopped coming. Default 10 minutes. */
  timeoutMs?: number;
  /** Open reassemblies per sender. Default 4. */
  maxOpenPerSender?: number;
}

export class Reassembler {
  private readonly open = new Map<string, Assembly>();
  private readonly maxMessageBytes: number;
  private readonly timeoutMs: number;
  private readonly maxOpenPerSender: number;

  constructor(options: ReassemblerOptions = {}) {
    this.maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
    this.timeoutMs = options.timeoutMs ?? 10 * 60_000;
    this.maxOpenPerSender = options.maxOpenPerSender ?? 4;
  }

  /** Add one fragment; returns the whole payload once its last piece arrives. Throws on inconsistent pieces. */
  add(sender: number, fragment: FragmentBody, nowMs: number): Uint8Array | undefined {
    this.expire(nowMs);
    const key = `${sender}:${fragment.messageId}`;
    let assembly = this.open.get(key);
    if (!assembly) {
      const openForSender = [...this.open.keys()].filter((k) => k.startsWith(`${sender}:`));
      if (openForSender.length >= this.maxOpenPerSender) this.open.delete(openForSender[0] as string);
      assembly = { count: fragment.count, parts: new Array(fragment.count), received: 0, bytes: 0, startedMs: nowMs };
      this.open.set(key, assembly);
    }
    if (assembly.count !== fragment.count) {
      this.open.delete(key);
      throw appErrors.MESHLOOM_ERR_FRAGMENT_INVALID(`message ${fragment.messageId} changed its fragment count`);
    }
    if (assembly.parts[fragment.index]) return undefined;
    assembly.parts[fragment.index] = fragment.data;
    assembly.received++;
    assembly.bytes += fragment.data.length;
    if (assembly.bytes > this.maxMessageBytes) {
      this.open.delete(key);
      throw appErrors.MESHLOOM_ERR_MESSAGE_TOO_LONG(assembly.bytes, this.maxMessageBytes);
    }
    if (assembly.received < assembly.count) return undefined;
    this.open.delete(key);
    const whole = new Uint8Array(assembly.bytes);
    let at = 0;
    for (const part of assembly.parts as Uint8Array[]) {
      whole.set(part, at);
      at += part.length;
    }
    return whole;
  }

  get openCount(): number {
    return this.open.size;
  }

  private expire(nowMs: number): void {
    for (const [key, assembly] of this.open) if (nowMs - assembly.startedMs > this.timeoutMs) this.open.delete(key);
  }
}
