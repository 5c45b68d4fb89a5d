/**
 * What the engine keeps, as the engine sees it. One implementation, on SQLite through better-sqlite3
 * (store/ledger-store.ts): a file in the gateway, `:memory:` in the simulator. Every call is
 * synchronous, so the engine reads and writes inside a step, and a step's writes commit together.
 */
import type { AlertBody, Entry } from '../app/messages.ts';

export interface AuthorRecord {
  author: number;
  publicKey: Uint8Array;
  label: string;
  /** The signed Announce as it travels, author included, to pass on to gateways that ask. */
  announce: Uint8Array;
  conflicts: number;
  /** When the key was first pinned; 0 when not known. */
  pinnedAtMs?: number;
}

export interface ChainTip {
  seq: number;
  head: Uint8Array;
}

export interface StoredEntry {
  author: number;
  seq: number;
  entry: Entry;
  body: Uint8Array;
}

export interface StoredAlert {
  author: number;
  body: AlertBody & { author: number };
  signature: Uint8Array;
  superseded: boolean;
  receivedAtMs: number;
}

export interface AlertSending {
  /** The link it is being sent on: the engine runs once per link (radio, federation). */
  link: string;
  author: number;
  id: number;
  attempts: number;
  nextAtMs: number;
}

export interface DueAck {
  author: number;
  id: number;
  /** Who passed the alert to us: its author, or the gateway that relayed it. */
  replyTo: number;
}

export interface EngineStore {
  /** Run `fn` in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;

  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
  deleteMeta(key: string): void;

  /** Keep an own entry (its encoded bytes) until the own chain is recovered; oldest first when listed. */
  holdSubmission(body: Uint8Array, atMs: number): void;
  heldSubmissions(): { id: number; body: Uint8Array }[];
  dropHeldSubmission(id: number): void;
  bumpCounter(name: string, by?: number): void;
  counters(): Record<string, number>;

  getAuthor(author: number): AuthorRecord | undefined;
  putAuthor(record: AuthorRecord): void;
  noteKeyConflict(author: number): void;
  listAuthors(): AuthorRecord[];
  /**
   * Forget keys pinned before `pinnedBeforeMs` whose authors never produced an entry, an alert or an ack here:
   * they hold nothing to check. Never `keep`. Returns how many went.
   */
  forgetIdleAuthors(pinnedBeforeMs: number, keep: number): number;

  chainTip(author: number): ChainTip | undefined;
  appendEntry(author: number, seq: number, entry: Entry, body: Uint8Array, head: Uint8Array, receivedAtMs: number): void;
  entryBody(author: number, seq: number): Uint8Array | undefined;
  entryHead(author: number, seq: number): Uint8Array | undefined;
  entriesBetween(author: number, fromSeq: number, toSeq: number): StoredEntry[];
  /** Every author's verified chain length: the anti-entropy digest. */
  heads(): { author: number; latest: number }[];

  putSignature(author: number, seq: number, signature: Uint8Array): void;
  /** Signed heads of `author` at or above `fromSeq`, lowest first. */
  signedHeads(author: number, fromSeq: number): { seq: number; signature: Uint8Array }[];
  /** The highest signed head of `author`, if any. */
  lastSignedHead(author: number): { seq: number; signature: Uint8Array } | undefined;

  putPending(author: number, seq: number, body: Uint8Array, receivedAtMs: number): void;
  /** Pending bodies of `author` from `fromSeq` on, as long as they run without a gap. */
  pendingRun(author: number, fromSeq: number): { seq: number; body: Uint8Array }[];
  dropPending(author: number, toSeq: number): void;
  putPendingSignature(author: number, seq: number, signature: Uint8Array): void;
  pendingSignatures(author: number): { seq: number; signature: Uint8Array }[];
  dropPendingSignatures(author: number, toSeq: number): void;

  getAlert(author: number, id: number): StoredAlert | undefined;
  putAlert(alert: StoredAlert): void;
  supersede(author: number, ids: number[]): void;
  alerts(): StoredAlert[];
  nextAlertId(author: number): number;

  sendingAlerts(link: string): AlertSending[];
  putSending(sending: AlertSending): void;
  isSending(link: string, author: number, id: number): boolean;
  /** Stop sending an alert: on one link, or on every link when none is named. */
  dropSending(author: number, id: number, link?: string): void;

  /** Record an ack; false if this acker had acked before. */
  putAck(author: number, id: number, acker: number, atMs: number): boolean;
  ackers(author: number, id: number): number[];

  scheduleAck(link: string, author: number, id: number, replyTo: number, dueAtMs: number): void;
  dueAcks(link: string, nowMs: number): DueAck[];
  nextAckDueAtMs(link: string): number | undefined;
  ackSent(link: string, author: number, id: number, atMs: number): void;
  lastAckSentAt(link: string, author: number, id: number): number | undefined;

  /** A gateway was heard on a link: alerts sent there wait for its ack. */
  notePeer(link: string, peer: number, atMs: number): void;
  linkPeers(link: string): number[];
}
