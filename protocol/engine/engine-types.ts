/** The engine's inputs, outputs and settings. */
import type { ModemPreset } from '../meshtastic/airtime.ts';
import type { Entry } from '../app/messages.ts';
import type { KeyPair } from '../app/signatures.ts';
import type { EngineStore, StoredAlert } from './engine-store.ts';

export interface EngineOptions {
  store: EngineStore;
  /** This gateway's Meshtastic node number: the sender of its packets. */
  nodeNum: number;
  /** The author id it writes and signs as. Default: the node number; another after the operator started a new identity. */
  author?: number;
  keys: KeyPair;
  /** Identities this gateway wrote as before, with their keys: the last one's chain is signed and kept as a peer's. */
  retired?: readonly { author: number; keys: KeyPair }[];
  /** The neighbourhood's name, announced with the key. */
  label: string;
  /** Uniform [0, 1): delays, jitter, fragment ids. */
  random: () => number;
  /**
   * The link this engine speaks on. A gateway runs one engine per link over one store ("radio", "federation"):
   * the ledger and alerts are shared, what is published, re-sent and owed is per link. Default "radio".
   */
  link?: string;
  /** Private portnum meshloom speaks on (>= 256). Default 287. */
  portnum?: number;
  /** For airtime accounting. Default LONG_FAST. */
  preset?: ModemPreset;
  /** Share of each hour this gateway's own packets may take. Default 0.05 (half the EU 10% duty cycle); null: no budget (IP links). */
  airtimeShare?: number | null;
  /** Largest payload per packet. Default 231 (PRIVATE_APP on a channel). */
  maxPayloadBytes?: number;
  /** Entries one sync answer may carry. Default 64: one packet's worth on air; IP links take more. */
  answerMaxEntries?: number;
  /** How long a gateway recovering its own chain listens to peers after the first one before it writes again. Default 60 s. */
  recoveryQuietMs?: number;
  /**
   * How long a gateway that starts with its own chain in the store holds submissions, so that a peer holding more
   * of that chain (the store is an older copy) can say so before anything is written after it. Default 90 s; 0:
   * no check (IP links, whose engines take no submissions).
   */
  startCheckMs?: number;
  /** Also send alerts as bell-prefixed text on ALERT_APP for stock apps. Default true (radio links). */
  mirrorAlertText?: boolean;
  /** Regular digest interval. Default 15 min. */
  digestIntervalMs?: number;
  /** Delay between a change and the digest that tells of it. Default 20 s. */
  digestDebounceMs?: number;
  /** Acks go out after a random delay up to this, so they do not collide. Default 15 s. */
  ackSpreadMs?: number;
  /** First alert resend after this; doubled each time. Default 30 s. */
  alertResendMs?: number;
  /** Sends of one alert at most. Default 5. */
  alertAttempts?: number;
  /** Ask the same author of the same peer again only after this (while it is heard; longer while not). Default 30 s. */
  requestRetryMs?: number;
  /** Re-announce the key this often. Default 6 h. */
  announceIntervalMs?: number;
  /**
   * On a radio link, hand the radio our next packet only this many of the last one's airtimes after it. Default 3:
   * on a multi-hop path a packet sent right behind another meets its relays one and two hops out and is lost.
   */
  paceAirtimes?: number;
  /** Longest random wait before pushing another author's entries a peer's digest shows it lacks. Default 10 s. */
  pushSpreadMs?: number;
}

export interface OutboundPacket {
  portnum: number;
  /** Node number, or 0xffffffff to broadcast. */
  to: number;
  payload: Uint8Array;
  /** MeshPacket.Priority. */
  priority: number;
  wantAck: boolean;
  /** What it carries, for logs and metrics. */
  kind: 'alert' | 'alert-text' | 'ack' | 'entries' | 'answer' | 'request' | 'announce' | 'digest';
}

export interface ReceivedPacket {
  from: number;
  to: number;
  portnum: number;
  payload: Uint8Array;
  hops?: number;
  snrDb?: number;
}

export type RejectReason = 'malformed' | 'forged' | 'altered' | 'key-conflict' | 'fragment';

export type EngineEvent =
  | { type: 'entry'; author: number; seq: number; entry: Entry; local: boolean }
  | { type: 'alert'; alert: StoredAlert; local: boolean }
  | { type: 'alert-ack'; author: number; id: number; acker: number }
  | { type: 'peer'; author: number; label: string }
  /** The own chain is back from peers (up to `seq`); held submissions were recorded after it. */
  | { type: 'recovered'; seq: number }
  /** Just after a start, a peer claims more of our own chain than the store holds: an older copy, restored? */
  | { type: 'own-chain-behind'; storeSeq: number; peerSeq: number }
  | { type: 'rejected'; reason: RejectReason; from: number; detail: string };

/** Meshtastic priorities the engine uses (MeshPacket.Priority). */
export const PRIORITY = { BACKGROUND: 10, DEFAULT: 64, RELIABLE: 70, HIGH: 100, ALERT: 110 } as const;
