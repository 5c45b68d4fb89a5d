/**
 * What the engine's parts (chain sync, alert flow) share: the store, this gateway's identity, and its outputs.
 * The identity is an author id and a key. It is the radio's node number until the operator starts a new identity
 * (the old chain can no longer be written to); then it is a number of its own, named on air by what it signs.
 */
import { ImplicitAcks } from './implicit-acks.ts';
import { fragmentPayload } from '../app/fragments.ts';
import { encodeMessage, type AppMessage } from '../app/packet-format.ts';
import type { KeyPair } from '../app/signatures.ts';
import { BROADCAST_NUM } from '../meshtastic/stream-constants.ts';
import type { EngineStore } from './engine-store.ts';
import type { EngineEvent, OutboundPacket, RejectReason } from './engine-types.ts';

/** A packet ready to go, with its place in line. */
export interface ReadyPacket extends OutboundPacket {
  /** Lower goes first. */
  rank: number;
  /** Alerts and acks may spend the whole airtime budget. */
  urgent: boolean;
  /** Runs when the packet is handed to the radio. */
  onSent?: (nowMs: number) => void;
}

export const RANK = { alert: 0, alertText: 1, ack: 2, entries: 3, answer: 4, request: 5, announce: 6, digest: 7 } as const;

export class EngineContext {
  private readonly events: EngineEvent[] = [];
  private readonly ready: ReadyPacket[] = [];

  private author: number;
  private keyPair: KeyPair;
  /** How our want_ack broadcasts ended of late: whether asking pays (see implicit-acks.ts). */
  readonly implicitAcks = new ImplicitAcks();

  constructor(
    readonly store: EngineStore,
    /** The radio's node number: the sender of what we transmit. */
    readonly nodeNum: number,
    author: number,
    keys: KeyPair,
    readonly label: string,
    readonly random: () => number,
    readonly portnum: number,
    readonly maxPayloadBytes: number,
    readonly link: string,
    /** A radio link (with an airtime budget), where alerts of local scope belong; false for IP links. */
    readonly onAir = true,
  ) {
    this.author = author;
    this.keyPair = keys;
  }

  /** The author id this gateway writes and signs as. */
  get self(): number {
    return this.author;
  }

  get keys(): KeyPair {
    return this.keyPair;
  }

  /** Write and sign as another identity from now on. */
  adopt(author: number, keys: KeyPair): void {
    this.author = author;
    this.keyPair = keys;
  }

  /**
   * The author field a message of `author` carries on air: none when it is the sender's node number (receivers
   * take the sender), so the radio's own identity costs no bytes.
   */
  authorOnAir(author: number): { author?: number } {
    return author === this.nodeNum ? {} : { author };
  }

  /** The name of a per-link meta key; the radio link keeps the names stores had before links existed. */
  linkKey(name: string): string {
    return this.link === 'radio' ? name : `${name}:${this.link}`;
  }

  emit(event: EngineEvent): void {
    this.events.push(event);
  }

  takeEvent(): EngineEvent | undefined {
    return this.events.shift();
  }

  reject(reason: RejectReason, from: number, detail: string): void {
    this.store.bumpCounter(`rejected_${reason}`);
    this.emit({ type: 'rejected', reason, from, detail });
  }

  /** The payloads for a message: one, or its fragments when it is longer than a packet. */
  payloadsFor(message: AppMessage): Uint8Array[] {
    const payload = encodeMessage(message);
    if (payload.length <= this.maxPayloadBytes) return [payload];
    return fragmentPayload(payload, Math.floor(this.random() * 0xffffffff), this.maxPayloadBytes);
  }

  /**
   * Line up a packet; it goes on meshloom's portnum unless it names another. What carries ledger entries or an
   * alert, broadcast on the radio, asks for want_ack: the firmware then sends it again (up to three sends) unless
   * it hears a neighbour relay it, its implicit ack. Nothing more goes on air when a neighbour relays, and the
   * most common loss of a gateway's packet, a collision at its only neighbour, costs seconds instead of a digest
   * interval. Digests and announcements do not ask: they come again anyway, and a gateway between two relays
   * that always collide at it would send each three times. Direct packets do not: their ack crosses the path back.
   * Nor does news while most recent asks ended without an ack (implicit-acks.ts).
   */
  queue(packet: Omit<ReadyPacket, 'portnum' | 'wantAck'> & { portnum?: number }): void {
    const carriesNews = packet.kind === 'entries' || packet.kind === 'answer' || packet.kind === 'alert';
    const wantAck = this.onAir && carriesNews && packet.to === BROADCAST_NUM && this.implicitAcks.ask();
    this.ready.push({ ...packet, portnum: packet.portnum ?? this.portnum, wantAck });
  }

  hasReady(kind: OutboundPacket['kind']): boolean {
    return this.ready.some((p) => p.kind === kind);
  }

  get readyCount(): number {
    return this.ready.length;
  }

  /** Take the first packet in line that `allowed` lets go; the rest keep their places. */
  takeReady(allowed: (packet: ReadyPacket) => boolean): ReadyPacket | undefined {
    this.ready.sort((a, b) => a.rank - b.rank);
    const index = this.ready.findIndex(allowed);
    return index < 0 ? undefined : this.ready.splice(index, 1)[0];
  }
}
