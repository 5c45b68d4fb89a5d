/**
 * The ledger's replication: each author's entries as a signed hash chain, announced keys pinned on first use,
 * and anti-entropy that costs what is missing, not what is stored.
 *
 * - An author publishes runs of its new entries, each run signed once at its last head.
 * - Entries heard out of order wait in `pending` until the run before them and a signature covering them are
 *   there; then the chain is recomputed from our verified tip and the signature checked. A run that does not
 *   verify is dropped and counted as forged: honest copies come back through sync.
 * - Every gateway sends a digest (per author, the length of its verified chain) now and then and soon after a
 *   change. A peer whose digest shows more of some chain is asked, by direct request, for the rest from our tip;
 *   it answers with the entries and one signature per run, broadcast so every gateway with the same gap gains.
 * - A gateway that lost its store but kept its key recovers its own chain before it writes to it: until peers
 *   have been heard for a while and it holds all of its chain that any of them claims, what is submitted is
 *   held (durably) and recorded after. Writing seq 1 again would fork the chain, and every peer would refuse
 *   everything after it.
 * - A restarted gateway whose store holds its own chain cannot tell a store restored from an older backup (its
 *   whole folder, say) from one that is up to date. So for a short while after the start it holds what is
 *   submitted while its first digest tells the peers where it stands: a peer holding more of our chain sends it
 *   (a digest shows what we lack), it verifies with our own key and is taken back, and what was held is written
 *   after it. Holding costs nothing on air; a fork costs the chain.
 */
import {
  LIMITS,
  encodeEntry,
  decodeEntry,
  entryBytes,
  type AnnounceBody,
  type DigestBody,
  type EntriesBody,
  type Entry,
  type RequestBody,
} from '../app/messages.ts';
import { Portnums } from '@meshtastic/protobufs';
import { equalBytes } from '../bytes.ts';
import { SIGNATURE_BYTES, encodeMessage } from '../app/packet-format.ts';
import { genesisHead, nextHead, signChainHead, signMessage, verifyChainHead, verifyMessage, type KeyPair } from '../app/signatures.ts';
import { nodeId } from '../meshtastic/node-db.ts';
import { BROADCAST_NUM } from '../meshtastic/stream-constants.ts';
import { alertsInForce } from './alert-flow.ts';
import { engineErrors } from './errors.ts';
import { RANK, type EngineContext } from './engine-context.ts';
import type { EngineStore, StoredEntry } from './engine-store.ts';
import { PRIORITY } from './engine-types.ts';

export interface ChainSyncOptions {
  digestIntervalMs: number;
  digestDebounceMs: number;
  requestRetryMs: number;
  announceIntervalMs: number;
  answerMaxEntries: number;
  /** Longest random wait before pushing another author's entries a peer lacks (ours go at once). */
  pushSpreadMs: number;
  /** How long after the first peer's digest a recovering gateway listens for others before it writes again. */
  recoveryQuietMs: number;
  /**
   * How long after a start a gateway whose store holds its own chain holds submissions while it listens for a
   * peer holding more of that chain (a store restored from an older backup); 0: not at all.
   */
  startCheckMs: number;
}

/** Meta key present while the gateway recovers its own chain; its value is when that began (ms). */
export const RECOVERY_META = 'own_chain_recovering_since';
/** Meta key: the author id the own chain is written as. */
const IDENTITY_META = 'own_author';
/** Meta key: how far the own chain reached when recovered: already published by whoever held it. */
const RECOVERED_SEQ_META = 'own_chain_recovered_seq';

const HOUR_MS = 3_600_000;
/** Requests of each kind (keys, entries) one peer's claims may cost per hour: an honest catch-up needs a few per author. */
const REQUESTS_PER_PEER_PER_HOUR = 60;
/** Key requests for authors we do not know that one digest may cause (300 forged authors cost 4 requests). */
const KEY_REQUESTS_PER_DIGEST = 4;
/**
 * Requests to a peer for entries it claimed, each followed by the peer speaking again without them, after which
 * its claim no longer counts as lag (it is still asked, within its allowance: on a lossy mesh answers get lost).
 */
const UNANSWERED_LIMIT = 3;
/** Past this many remembered requests, the ones old enough to be asked again are forgotten. */
const REQUEST_MEMORY = 4_096;
/** Peers remembered per author as holding some of its chain. */
const HOLDERS_PER_AUTHOR = 8;
/** The start check goes on at most this many times its length while a peer claims more of our chain. */
const START_CHECK_LONGEST = 10;
const DAY_MS = 24 * HOUR_MS;
/**
 * A peer unheard for this many digest intervals and heard again has come back: a digest goes out soon. More than
 * one interval and its jitter (at most 1.2), so a quiet peer heard only through its own digests draws no extra one.
 */
const PEER_SILENCE_INTERVALS = 1.3;
/**
 * A node unheard for this many digest intervals whose node info is heard again has come back (rebooted, or back
 * in reach). Longer than the longest jittered interval: a shorter outage is caught by the regular digests, and
 * the ordinary gaps between a node's packets (minutes) do not count.
 */
const RADIO_SILENCE_INTERVALS = 1.2;
const NODEINFO_PORTNUM = Portnums.PortNum.NODEINFO_APP;
/** New identities pinned per day without our asking for their key. */
const UNASKED_IDENTITIES_PER_DAY = 64;
/** Keys of identities that never signed anything are forgotten this long after they were pinned. */
const IDLE_IDENTITY_MS = 7 * DAY_MS;

/**
 * The author the store's own chain was written as, when `keys` signed it: after a radio swap (a new node number,
 * the same key file and data folder) the gateway goes on writing that chain rather than starting another as the
 * new radio. Undefined when nothing of it was ever signed, or another key signed it (the key file was replaced).
 */
export function ownAuthorInStore(store: EngineStore, keys: KeyPair): number | undefined {
  const recorded = store.getMeta(IDENTITY_META);
  if (recorded === undefined) return undefined;
  const author = Number(recorded) >>> 0;
  const signed = store.lastSignedHead(author);
  const head = signed && store.entryHead(author, signed.seq);
  return signed && head && verifyChainHead(keys.publicKey, author, signed.seq, head, signed.signature) ? author : undefined;
}

/** Bytes an Entries packet spends besides its entries: type byte, seq, author, signature, tags. */
export const RUN_OVERHEAD_BYTES = 1 + 6 + 5 + 64;
/** Bytes each entry adds to a run besides its own: its tag and length. */
export const ENTRY_FRAMING_BYTES = 3;

export class ChainSync {
  private digestDueAtMs: number;
  private announceDueAtMs: number;
  /** When own entries not yet published were last added or may have become publishable; cleared once queued. */
  private publishDueAtMs: number;
  private readonly lastRequestMs = new Map<string, number>();
  /** The longest chain of each author a peer told us of, and which peer: where to ask for the rest. */
  private readonly claims = new Map<number, { latest: number; peer: number; atMs: number }>();
  /** Per author, what each peer that told us of its chain holds of it: anyone holding enough can be asked. */
  private readonly holders = new Map<number, Map<number, number>>();
  /** Hops the last packet of each peer came over: the nearer a peer, the likelier a request and its answer cross. */
  private readonly peerHops = new Map<number, number>();
  /** Runs of answers lined up, by author and first seq: asked for or pushed, each goes out once while queued. */
  private readonly answered = new Set<string>();
  /** Per author, the run a peer's digest showed it lacks, to push at `atMs` (with the key when it lacks that too). */
  private readonly pushes = new Map<number, { fromSeq: number; withKey: boolean; atMs: number }>();
  /** When each run (author:fromSeq) was last pushed: not again within a request's retry time. */
  private readonly pushedMs = new Map<string, number>();
  /** Requests of the last hour per peer and kind, and claims of each author and peer never answered. */
  private readonly requestTimes = new Map<string, number[]>();
  private readonly unanswered = new Map<string, { count: number; sinceMs: number; askedAtMs: number }>();
  /** When each peer was last heard from: a request counts as unanswered only if the peer spoke after it. */
  private readonly lastHeardMs = new Map<number, number>();
  /** Per author, when to ask again if the entries asked for have not come, and how often that happened. */
  private readonly followUps = new Map<number, { atMs: number; attempts: number; tip: number; askedMs: number }>();
  /** Per author whose signed entries wait for its key: when to ask for the key again, and whom. */
  private readonly keyFollowUps = new Map<number, { atMs: number; attempts: number; peer: number }>();
  /** Authors whose key we asked for, and when; and when identities were last pinned unasked. */
  private readonly keysAsked = new Map<number, number>();
  private unaskedPins: number[] = [];
  /** When each radio node was last heard (any packet), and until when a returning one brings no digest forward. */
  private readonly radiosHeard = new Map<number, number>();
  private radioReturnQuietUntilMs = 0;
  private idleSweepDueAtMs = 0;
  /** While recovering: when the first peer's digest was heard, and when to check whether recovery is done. */
  private recoveryHeardAtMs: number | undefined;
  private recoveryCheckAtMs = Number.POSITIVE_INFINITY;
  /** After a start: when the check for a longer own chain elsewhere ends, and the own tip the store had then. */
  private startCheckEndsAtMs = Number.POSITIVE_INFINITY;
  private startCheckBeganMs = 0;
  private startTip = 0;
  private startBehindSaid = false;

  constructor(
    private readonly ctx: EngineContext,
    private readonly options: ChainSyncOptions,
    nowMs: number,
    /** Identities this gateway wrote as before, with their keys. */
    retired: readonly { author: number; keys: KeyPair }[],
    /**
     * The radio's identity (the node number, or the author the store's own chain was written as when the radio
     * changed), whose publication mark stores once kept unnamed; undefined for an operator's new identity.
     */
    private readonly radioAuthor: number | undefined,
  ) {
    this.announceDueAtMs = nowMs;
    this.digestDueAtMs = nowMs + this.jitter(options.digestDebounceMs);
    this.settleIdentity(retired, nowMs);
    // A restarted gateway may hold entries it never published.
    this.publishDueAtMs = nowMs;
    this.startTip = ctx.store.chainTip(ctx.self)?.seq ?? 0;
    if (this.startTip > 0 && !this.recovering && options.startCheckMs > 0) {
      this.startCheckBeganMs = nowMs;
      this.startCheckEndsAtMs = nowMs + options.startCheckMs;
    }
  }

  /**
   * Append a local submission to our own chain; it goes out with the next run we publish. While the own chain
   * is being recovered it is held instead, and 0 is returned: it is recorded once the chain is back.
   */
  submit(entry: Entry, nowMs: number): number {
    const body = encodeEntry(entry);
    if (this.recovering || this.checkingStart) {
      this.ctx.store.holdSubmission(body, nowMs);
      return 0;
    }
    return this.append(entry, body, nowMs);
  }

  /** The own chain is being recovered from peers: nothing new is written to it yet. */
  get recovering(): boolean {
    return this.ctx.store.getMeta(RECOVERY_META) !== undefined;
  }

  /** Just started with an own chain in the store: submissions wait until no peer has shown a longer one. */
  get checkingStart(): boolean {
    return this.startCheckEndsAtMs !== Number.POSITIVE_INFINITY;
  }

  /**
   * The start check's time is up. While a peer still claims more of our chain than we hold, it goes on (the
   * requests for it are followed up as any), up to START_CHECK_LONGEST times its length: a claim is unsigned, and
   * a forged one must not hold submissions for long. Then what waited is recorded after the chain's tip (unless
   * recovery, which records it when done, began meanwhile).
   */
  private startCheckDue(nowMs: number): void {
    const tip = this.ctx.store.chainTip(this.ctx.self)?.seq ?? 0;
    const longest = this.startCheckBeganMs + START_CHECK_LONGEST * this.options.startCheckMs;
    if (tip < (this.claims.get(this.ctx.self)?.latest ?? 0) && nowMs < longest) {
      this.startCheckEndsAtMs = Math.min(longest, nowMs + this.options.requestRetryMs);
      return;
    }
    this.startCheckEndsAtMs = Number.POSITIVE_INFINITY;
    if (!this.recovering) this.recordHeld(nowMs);
  }

  /** During the start check a peer claims our chain up to `latest`: past the store's tip, say so once. */
  private ownChainClaimed(latest: number): void {
    if (!this.checkingStart || latest <= this.startTip || this.startBehindSaid) return;
    this.startBehindSaid = true;
    this.ctx.emit({ type: 'own-chain-behind', storeSeq: this.startTip, peerSeq: latest });
  }

  /** While recovering: whether any peer has told us where the ledger stands since this start. */
  get recoveryPeersHeard(): boolean {
    return this.recoveryHeardAtMs !== undefined;
  }

  private append(entry: Entry, body: Uint8Array, nowMs: number): number {
    const { store, self } = this.ctx;
    const tip = store.chainTip(self) ?? { seq: 0, head: genesisHead(self) };
    const seq = tip.seq + 1;
    store.appendEntry(self, seq, entry, body, nextHead(tip.head, body), nowMs);
    this.changed(nowMs);
    return seq;
  }

  /**
   * Recovery is over once peers have been heard for `recoveryQuietMs` and we hold all of our chain any of them
   * claimed: then the held submissions are recorded, in the order they came.
   */
  private finishRecoveryIfDone(nowMs: number): void {
    if (!this.recovering || this.recoveryHeardAtMs === undefined) return;
    if (nowMs < this.recoveryHeardAtMs + this.options.recoveryQuietMs) {
      this.recoveryCheckAtMs = this.recoveryHeardAtMs + this.options.recoveryQuietMs;
      return;
    }
    const { store, self } = this.ctx;
    const tip = store.chainTip(self)?.seq ?? 0;
    if (tip < (this.claims.get(self)?.latest ?? 0)) return;
    this.recoveryCheckAtMs = Number.POSITIVE_INFINITY;
    store.transaction(() => {
      store.deleteMeta(RECOVERY_META);
      store.setMeta(RECOVERED_SEQ_META, String(tip));
      this.recordHeld(nowMs);
    });
    this.ctx.emit({ type: 'recovered', seq: tip });
  }

  /** Submissions held while the own chain was being recovered, appended in the order they came. */
  private recordHeld(nowMs: number): void {
    const { store, self } = this.ctx;
    for (const held of store.heldSubmissions()) {
      const entry = decodeEntry(held.body);
      const seq = this.append(entry, held.body, nowMs);
      store.dropHeldSubmission(held.id);
      this.ctx.emit({ type: 'entry', author: self, seq, entry, local: true });
    }
  }

  /**
   * Write as `author` with `keys` from now on (the operator started a new identity). The identity written as
   * until now is retired: see `settleIdentity`. In one store transaction with the caller's.
   */
  adoptIdentity(author: number, keys: KeyPair, nowMs: number): void {
    const { store, self: old, keys: oldKeys } = this.ctx;
    if (author === old) return;
    // Another link's engine on this store may have switched it already (and recorded the held entries as `author`).
    const switched = store.getMeta(IDENTITY_META) === String(author);
    if (!switched && (store.getAuthor(author) || store.chainTip(author))) throw engineErrors.MESHLOOM_ERR_IDENTITY_TAKEN(nodeId(author));
    this.ctx.adopt(author, keys);
    this.settleIdentity([{ author: old, keys: oldKeys }], nowMs);
    this.announceDueAtMs = nowMs;
    this.recoveryHeardAtMs = undefined;
    this.recoveryCheckAtMs = Number.POSITIVE_INFINITY;
    // The new chain is empty: nobody can hold more of it, and what was held is recorded already.
    this.startCheckEndsAtMs = Number.POSITIVE_INFINITY;
    this.changed(nowMs);
  }

  /**
   * The store remembers which author its own chain is written as. When that is no longer ours and `retired`
   * holds its key, the old chain becomes an ordinary author's: signed at its tip with its own key (what was not
   * published yet goes out through sync) and pinned with an announcement that key signs, so this gateway keeps
   * serving it and later copies from peers verify. Recovery of the old chain ends: what was held is recorded as
   * the new chain's first entries. Runs at start too, so a restart between the key file and the store finishes it.
   */
  private settleIdentity(retired: readonly { author: number; keys: KeyPair }[], nowMs: number): void {
    const { store, self, label } = this.ctx;
    const recorded = store.getMeta(IDENTITY_META);
    if (recorded === String(self)) return;
    store.transaction(() => {
      const old = retired.find((r) => String(r.author) === recorded);
      if (old) {
        const tip = store.chainTip(old.author);
        if (tip) store.putSignature(old.author, tip.seq, signChainHead(old.keys, old.author, tip.seq, tip.head));
        const body = { publicKey: old.keys.publicKey, label, latestSeq: tip?.seq ?? 0, author: old.author };
        const announce = encodeMessage({ type: 'announce', body, signature: signMessage(old.keys, { type: 'announce', body }) });
        store.putAuthor({ author: old.author, publicKey: old.keys.publicKey, label, announce, conflicts: 0, pinnedAtMs: nowMs });
        store.deleteMeta(RECOVERY_META);
        store.deleteMeta(RECOVERED_SEQ_META);
      }
      store.setMeta(IDENTITY_META, String(self));
      if (old) this.recordHeld(nowMs);
    });
  }

  onAnnounce(body: AnnounceBody, signature: Uint8Array, from: number, nowMs: number): void {
    this.heard(from, nowMs);
    const author = body.author ?? from;
    const signed = { type: 'announce' as const, body: { ...body, author } };
    if (!verifyMessage(body.publicKey, signed, signature)) {
      this.ctx.reject('forged', from, `announce of ${nodeId(author)} is not signed by the key it carries`);
      return;
    }
    const known = this.ctx.store.getAuthor(author);
    if (known && !equalBytes(known.publicKey, body.publicKey)) {
      this.ctx.store.noteKeyConflict(author);
      this.ctx.reject('key-conflict', from, `${nodeId(author)} announced a key other than the one pinned; kept the pinned key`);
      return;
    }
    if (!known && !this.mayPin(author, nowMs)) {
      this.ctx.store.bumpCounter('identities_refused');
      return;
    }
    const announce = encodeMessage({ type: 'announce', body: signed.body, signature });
    this.ctx.store.putAuthor({ author, publicKey: body.publicKey, label: body.label, announce, conflicts: known?.conflicts ?? 0, pinnedAtMs: nowMs });
    this.keyFollowUps.delete(author);
    if (!known) {
      this.ctx.emit({ type: 'peer', author, label: body.label });
      // A gateway we had not heard of: it may be new and empty, so tell it what we hold.
      this.changed(nowMs);
    }
    this.advance(author, nowMs);
    this.claim(author, body.latestSeq, from, nowMs);
    const tip = this.ctx.store.chainTip(author)?.seq ?? 0;
    if (body.latestSeq > tip) this.request(author, this.askFrom(author, body.latestSeq), this.claims.get(author)?.peer ?? from, nowMs);
  }

  onEntries(body: EntriesBody, signature: Uint8Array | undefined, from: number, nowMs: number): void {
    this.heard(from, nowMs);
    const author = body.author ?? from;
    const own = author === this.ctx.self;
    // Our own entries from a peer are only copies, unless we are recovering them or they reach past our tip: then
    // our store is behind our own chain (restored from an older backup), and what our key signed is taken back.
    const lastSeq = body.seq + body.entries.length - 1;
    const beyondOurTip = lastSeq > (this.ctx.store.chainTip(author)?.seq ?? 0);
    if (own && from !== this.ctx.self && signature) this.ownChainClaimed(lastSeq);
    if (own && from !== this.ctx.self && !this.recovering && !beyondOurTip) {
      this.checkCopies(author, body, from);
      return;
    }
    const { store } = this.ctx;
    const tipSeq = store.chainTip(author)?.seq ?? 0;
    this.pushHeard(author, body.seq);
    this.checkCopies(author, body, from);
    entryBytes(body).forEach((bytes, i) => {
      const seq = body.seq + i;
      if (seq > tipSeq) store.putPending(author, seq, bytes, nowMs);
    });
    if (signature && lastSeq > tipSeq) store.putPendingSignature(author, lastSeq, signature);
    // A signed run is a claim like a digest's: if what we ask for because of it is lost, the follow-up asks again.
    if (signature) this.claim(author, lastSeq, from, nowMs);
    // An answer is still coming in (paced, a long one takes half a minute): the wait counts from its last packet.
    const followUp = this.followUps.get(author);
    if (followUp) followUp.atMs = Math.max(followUp.atMs, nowMs + this.followUpWaitMs(0));
    if (!own && !store.getAuthor(author)) {
      this.request(author, 0, from, nowMs);
      // Signed entries wait for this key: ask again on our own clock if the announcement does not come.
      if (signature) this.armKeyFollowUp(author, from, nowMs);
      return;
    }
    this.advance(author, nowMs);
    const tip = store.chainTip(author)?.seq ?? 0;
    if (store.pendingRun(author, tip + 1).length > 0) return;
    const claim = this.claims.get(author);
    if (lastSeq > tip) this.request(author, this.askFrom(author, lastSeq), from, nowMs);
    else if (claim && claim.latest > tip) this.request(author, this.askFrom(author, claim.latest), this.holderFor(author, tip, claim.peer, nowMs), nowMs);
  }

  onDigest(body: DigestBody, from: number, nowMs: number): void {
    this.heard(from, nowMs);
    const { store } = this.ctx;
    const theirs = new Map(body.heads.map((h) => [h.author, h.latest]));
    let peerBehind = false;
    let keyRequests = 0;
    for (const { author, latest } of body.heads) {
      this.claim(author, latest, from, nowMs);
      if (author === this.ctx.self && from !== this.ctx.self) this.ownChainClaimed(latest);
      // A claim about an author we hold no key for is kept (to ask for the entries once the key is here) but not
      // counted as lag; its key is asked for, a few per digest.
      if (author !== this.ctx.self && !store.getAuthor(author)) {
        if (keyRequests++ < KEY_REQUESTS_PER_DIGEST) this.request(author, 0, from, nowMs);
        continue;
      }
      const ours = store.chainTip(author)?.seq ?? 0;
      if (latest > ours) this.request(author, this.askFrom(author, latest), this.holderFor(author, ours, from, nowMs), nowMs);
      else if (latest < ours) peerBehind = true;
    }
    this.pushWhatIsLacking(theirs, body.heads.length < LIMITS.digestHeads, from, nowMs);
    for (const { author, latest } of store.heads()) if (latest > (theirs.get(author) ?? 0)) peerBehind = true;
    // Tell a peer that is behind, soon, what we have: it will ask.
    if (peerBehind) this.digestDueAtMs = Math.min(this.digestDueAtMs, nowMs + this.jitter(this.options.digestDebounceMs / 4));
    if (this.recovering && from !== this.ctx.self) {
      this.recoveryHeardAtMs ??= nowMs;
      this.finishRecoveryIfDone(nowMs);
    }
  }

  /** Send `author`'s chain from `fromSeq` unasked, as an answer goes (once while one is queued). */
  offer(author: number, fromSeq: number, nowMs: number): void {
    this.answer(author, fromSeq, nowMs);
  }

  onRequest(body: RequestBody, from: number, nowMs: number): void {
    this.heard(from, nowMs);
    this.answer(body.author, body.fromSeq, nowMs);
  }

  /** Send `author`'s chain from `fromSeq` (0: its key), asked for or pushed: once while an answer is queued. */
  private answer(author: number, fromSeq: number, nowMs: number): void {
    const key = `${author}:${fromSeq}`;
    if (this.answered.has(key)) return;
    if (fromSeq === 0) {
      this.sendKey(author, nowMs);
      return;
    }
    const payloads = this.runPayloads(author, fromSeq);
    if (payloads.length > 0) this.queueAnswer(key, payloads, RANK.answer);
  }

  /** Our own key goes out as the next announcement; a peer's, as the announcement it signed. */
  private sendKey(author: number, nowMs: number): void {
    if (author === this.ctx.self) {
      this.announceDueAtMs = nowMs;
      return;
    }
    const known = this.ctx.store.getAuthor(author);
    if (known) this.queueAnswer(`${author}:0`, [known.announce], RANK.announce);
  }

  /**
   * Push what a digest shows its sender lacks: only to gateways whose key we hold (anyone can send a digest from a
   * made-up node number), and at most REQUESTS_PER_PEER_PER_HOUR of its digests an hour cause pushes. A complete
   * digest (under LIMITS.digestHeads) names every chain its sender holds: one it leaves out, it lacks, key and all.
   */
  private pushWhatIsLacking(theirs: ReadonlyMap<number, number>, complete: boolean, from: number, nowMs: number): void {
    const { store } = this.ctx;
    if (!store.getAuthor(from)) return;
    const lacking = store.heads().filter(({ author, latest }) => (theirs.has(author) || complete) && latest > (theirs.get(author) ?? 0));
    if (lacking.length === 0 || !this.spend(`${from}:push`, nowMs)) return;
    for (const { author } of lacking) {
      const held = theirs.get(author);
      this.schedulePush(author, (held ?? 0) + 1, held === undefined, nowMs);
    }
  }

  /**
   * A peer's digest shows it lacks part of a chain we hold: send that part without waiting to be asked. Across a
   * lossy bridge every crossing costs a third of the packets, and asking first adds one (the request) to the two
   * (digest, answer) that must cross anyway; a gateway whose own packets reach few others gets what it lacks from
   * those that hear it. Our own chain goes at once (nobody else pushes it first); others' after a random delay,
   * and not at all if another holder's copy is heard meanwhile, so several holders do not all send it.
   */
  private schedulePush(author: number, fromSeq: number, withKey: boolean, nowMs: number): void {
    const key = `${author}:${fromSeq}`;
    const last = this.pushedMs.get(key);
    if (last !== undefined && nowMs - last < this.options.requestRetryMs) return;
    const queued = this.pushes.get(author);
    if (queued && queued.fromSeq <= fromSeq) return;
    forgetStale(this.pushedMs, (at) => nowMs - at >= this.options.requestRetryMs);
    if (this.pushes.size >= REQUEST_MEMORY) return;
    const delay = author === this.ctx.self ? 0 : this.ctx.random() * this.options.pushSpreadMs;
    this.pushes.set(author, { fromSeq, withKey: withKey || (queued?.withKey ?? false), atMs: nowMs + delay });
  }

  /** Another holder's copy of what we were about to push was heard: ours would only repeat it. */
  private pushHeard(author: number, fromSeq: number): void {
    const queued = this.pushes.get(author);
    if (queued && fromSeq <= queued.fromSeq && author !== this.ctx.self) this.pushes.delete(author);
  }

  private pushesDue(nowMs: number): void {
    for (const [author, push] of this.pushes) {
      if (push.atMs > nowMs) continue;
      this.pushes.delete(author);
      this.pushedMs.set(`${author}:${push.fromSeq}`, nowMs);
      if (push.withKey) this.sendKey(author, nowMs);
      this.answer(author, push.fromSeq, nowMs);
    }
  }

  /** Own entries not yet published, as one signed run per packet. */
  private collectOwn(): void {
    const { store, self } = this.ctx;
    if (this.ctx.hasReady('entries')) return;
    this.publishDueAtMs = Number.POSITIVE_INFINITY;
    if (this.recovering) return;
    const publishedKey = this.ctx.linkKey(`published_seq@${self}`);
    // Entries recovered from peers are out there already.
    const published = Math.max(this.publishedSeq(), Number(store.getMeta(RECOVERED_SEQ_META) ?? 0));
    const tip = store.chainTip(self);
    if (!tip || tip.seq <= published) return;
    // One packet's worth at most: a restart with thousands unsent must not decode them all at once.
    const run = this.fitRun(store.entriesBetween(self, published + 1, Math.min(tip.seq, published + LIMITS.entriesPerMessage)));
    const last = published + run.length;
    const signature = signChainHead(this.ctx.keys, self, last, this.headAt(self, last));
    store.putSignature(self, last, signature);
    const body = { ...runBody(published + 1, run), ...this.ctx.authorOnAir(self) };
    for (const payload of this.ctx.payloadsFor({ type: 'entries', body, signature })) {
      this.ctx.queue({
        to: BROADCAST_NUM,
        payload,
        priority: PRIORITY.RELIABLE,
        kind: 'entries',
        rank: RANK.entries,
        urgent: false,
        onSent: (nowMs) => {
          store.setMeta(publishedKey, String(Math.max(last, Number(store.getMeta(publishedKey) ?? 0))));
          // More may have been added while this run waited in line.
          this.publishDueAtMs = Math.min(this.publishDueAtMs, nowMs);
        },
      });
    }
  }

  /**
   * How far our own chain was published on this link. The mark is kept per author id, so a new identity starts
   * from nothing; stores once kept the radio identity's mark unnamed ("published_seq"), which still counts for it.
   */
  publishedSeq(): number {
    const { store, self } = this.ctx;
    const named = Number(store.getMeta(this.ctx.linkKey(`published_seq@${self}`)) ?? 0);
    const unnamed = self === this.radioAuthor ? Number(store.getMeta(this.ctx.linkKey('published_seq')) ?? 0) : 0;
    return Math.max(named, unnamed);
  }

  collectDue(nowMs: number): void {
    if (nowMs >= this.recoveryCheckAtMs) this.finishRecoveryIfDone(nowMs);
    if (nowMs >= this.startCheckEndsAtMs) this.startCheckDue(nowMs);
    this.followUpDue(nowMs);
    this.keyFollowUpDue(nowMs);
    this.pushesDue(nowMs);
    if (nowMs >= this.idleSweepDueAtMs) {
      this.idleSweepDueAtMs = nowMs + HOUR_MS;
      const forgotten = this.ctx.store.forgetIdleAuthors(nowMs - IDLE_IDENTITY_MS, this.ctx.self);
      if (forgotten > 0) this.ctx.store.bumpCounter('identities_forgotten', forgotten);
    }
    if (nowMs >= this.publishDueAtMs) this.collectOwn();
    if (nowMs >= this.announceDueAtMs && !this.ctx.hasReady('announce')) {
      this.announceDueAtMs = nowMs + this.jitter(this.options.announceIntervalMs);
      const body = {
        publicKey: this.ctx.keys.publicKey,
        label: this.ctx.label,
        latestSeq: this.ctx.store.chainTip(this.ctx.self)?.seq ?? 0,
        author: this.ctx.self,
      };
      const signature = signMessage(this.ctx.keys, { type: 'announce', body });
      const { author: _omitted, ...unnamed } = body;
      const onAir = { ...unnamed, ...this.ctx.authorOnAir(body.author) };
      this.queuePacket(encodeMessage({ type: 'announce', body: onAir, signature }), 'announce', RANK.announce, BROADCAST_NUM);
    }
    if (nowMs >= this.digestDueAtMs && !this.ctx.hasReady('digest')) {
      this.digestDueAtMs = nowMs + this.jitter(this.options.digestIntervalMs);
      const heads = this.ctx.store.heads().slice(0, LIMITS.digestHeads);
      const alerts = alertsInForce(this.ctx, nowMs).map((a) => ({ author: a.author, id: a.body.id }));
      for (const payload of this.ctx.payloadsFor({ type: 'digest', body: alerts.length > 0 ? { heads, alerts } : { heads } })) {
        this.queuePacket(payload, 'digest', RANK.digest, BROADCAST_NUM);
      }
    }
  }

  /**
   * Where to ask `author`'s chain from: past what we hold, verified or waiting for its signature. When the
   * signed last packet of an answer is lost, the entries before it wait in `pending`, and asking from our tip
   * again sent them all once more, the big packets a multi-hop bridge loses most. Asking from past them brings
   * only the rest and the signature, which verifies them all. At most `latest` (the last entry claimed), so
   * that a run held whole but unsigned is asked for its last entry, which comes with the signature.
   */
  private askFrom(author: number, latest: number): number {
    const tip = this.ctx.store.chainTip(author)?.seq ?? 0;
    return Math.max(tip + 1, Math.min(tip + 1 + this.ctx.store.pendingRun(author, tip + 1).length, latest));
  }

  /** Ask `peer` for the signed announce of an author we have no key for. */
  askForKey(author: number, peer: number, nowMs: number): void {
    this.request(author, 0, peer, nowMs);
  }

  /**
   * Entries some peer told us of that we do not hold yet: how far behind this replica is. Claims about authors
   * we hold no key for, and claims a peer never delivers on, prove nothing and are left out.
   */
  missingEntries(nowMs: number): number {
    let missing = 0;
    for (const [author, claim] of this.claims) {
      if (author !== this.ctx.self && !this.ctx.store.getAuthor(author)) continue;
      // Unbelieved, or not repeated for an hour (peers digest every 15 minutes): no longer news.
      if (this.unbelieved(author, claim.peer, nowMs) || nowMs - claim.atMs >= HOUR_MS) continue;
      missing += Math.max(0, claim.latest - (this.ctx.store.chainTip(author)?.seq ?? 0));
    }
    return missing;
  }

  /** When `collectDue` next has work; what is already waiting in line is not counted again. */
  nextDueMs(): number {
    const { ctx } = this;
    let followUp = Number.POSITIVE_INFINITY;
    for (const f of this.followUps.values()) followUp = Math.min(followUp, f.atMs);
    for (const f of this.keyFollowUps.values()) followUp = Math.min(followUp, f.atMs);
    for (const p of this.pushes.values()) followUp = Math.min(followUp, p.atMs);
    return Math.min(
      followUp,
      this.recoveryCheckAtMs,
      this.startCheckEndsAtMs,
      ctx.hasReady('digest') ? Number.POSITIVE_INFINITY : this.digestDueAtMs,
      ctx.hasReady('announce') ? Number.POSITIVE_INFINITY : this.announceDueAtMs,
      ctx.hasReady('entries') ? Number.POSITIVE_INFINITY : this.publishDueAtMs,
    );
  }

  /** Something in the ledger changed: publish what is ours at once, and tell the neighbourhood soon. */
  changed(nowMs: number): void {
    this.publishDueAtMs = Math.min(this.publishDueAtMs, nowMs);
    this.digestDueAtMs = Math.min(this.digestDueAtMs, nowMs + this.jitter(this.options.digestDebounceMs));
  }

  private claim(author: number, latest: number, peer: number, nowMs: number): void {
    const known = this.claims.get(author);
    if (!known) {
      // Forged digests can name any number of authors: stale claims go first, and past the bound new ones wait.
      forgetStale(this.claims, (c) => nowMs - c.atMs >= HOUR_MS);
      if (this.claims.size >= REQUEST_MEMORY) return;
    }
    if (!known || latest > known.latest) this.claims.set(author, { latest, peer, atMs: nowMs });
    else if (latest === known.latest && peer === known.peer) known.atMs = nowMs;
    if (!this.claims.has(author)) return;
    let held = this.holders.get(author);
    if (!held) {
      // Claims are bounded; their holders, kept a little longer, as well.
      if (this.holders.size >= REQUEST_MEMORY) this.holders.delete(this.holders.keys().next().value as number);
      this.holders.set(author, (held = new Map()));
    }
    held.delete(peer);
    held.set(peer, latest);
    if (held.size > HOLDERS_PER_AUTHOR) held.delete(held.keys().next().value as number);
  }

  /**
   * Whom to ask for `author`'s entries past `tip`: of the peers that told us they hold more, heard within the
   * hour, the one fewest hops away (the most recently heard of those). Answers are broadcast, so asking a near
   * peer costs nobody anything; asking the far one that claimed the most, as before, kept a gateway at the edge
   * of a town asking across three lossy hops what its neighbour held.
   */
  private holderFor(author: number, tip: number, fallback: number, nowMs: number): number {
    let best = fallback;
    let bestHops = this.peerHops.get(fallback) ?? Number.POSITIVE_INFINITY;
    let bestHeard = this.lastHeardMs.get(fallback) ?? 0;
    for (const [peer, latest] of this.holders.get(author) ?? []) {
      const heard = this.lastHeardMs.get(peer) ?? 0;
      if (latest <= tip || nowMs - heard >= HOUR_MS) continue;
      const hops = this.peerHops.get(peer) ?? Number.POSITIVE_INFINITY;
      if (hops < bestHops || (hops === bestHops && heard > bestHeard)) {
        best = peer;
        bestHops = hops;
        bestHeard = heard;
      }
    }
    return best;
  }

  /** A meshloom packet of `peer` came over `hops` hops. */
  notePath(peer: number, hops: number | undefined): void {
    if (hops === undefined || peer === this.ctx.nodeNum) return;
    this.peerHops.delete(peer);
    this.peerHops.set(peer, hops);
    if (this.peerHops.size > REQUEST_MEMORY) this.peerHops.delete(this.peerHops.keys().next().value as number);
  }

  /** Move every pending entry of `author` that a signature now covers into the ledger. */
  private advance(author: number, nowMs: number): void {
    const { store } = this.ctx;
    const key = author === this.ctx.self ? { publicKey: this.ctx.keys.publicKey } : store.getAuthor(author);
    if (!key) return;
    for (;;) {
      const tip = store.chainTip(author) ?? { seq: 0, head: genesisHead(author) };
      const run = store.pendingRun(author, tip.seq + 1);
      const reach = tip.seq + run.length;
      const candidates = store.pendingSignatures(author).filter((s) => s.seq > tip.seq && s.seq <= reach);
      const best = candidates.at(-1);
      if (!best) return;
      const heads: Uint8Array[] = [];
      let head = tip.head;
      for (const item of run.slice(0, best.seq - tip.seq)) {
        head = nextHead(head, item.body);
        heads.push(head);
      }
      if (!verifyChainHead(key.publicKey, author, best.seq, head, best.signature)) {
        store.dropPending(author, Number.MAX_SAFE_INTEGER);
        store.dropPendingSignatures(author, Number.MAX_SAFE_INTEGER);
        this.ctx.reject('forged', author, `entries ${tip.seq + 1}..${best.seq} of ${nodeId(author)} do not match its signature`);
        return;
      }
      run.slice(0, best.seq - tip.seq).forEach((item, i) => {
        const entry = decodeEntry(item.body);
        store.appendEntry(author, item.seq, entry, item.body, heads[i] as Uint8Array, nowMs);
        this.ctx.emit({ type: 'entry', author, seq: item.seq, entry, local: false });
      });
      store.putSignature(author, best.seq, best.signature);
      // Own entries that came back from peers are out there already: not published again.
      if (author === this.ctx.self) store.setMeta(RECOVERED_SEQ_META, String(best.seq));
      store.dropPending(author, best.seq);
      store.dropPendingSignatures(author, best.seq);
      this.changed(nowMs);
      for (const key of this.unanswered.keys()) if (key.startsWith(`${author}:`)) this.unanswered.delete(key);
      if (author === this.ctx.self) this.finishRecoveryIfDone(nowMs);
    }
  }

  /** Copies of entries we already hold: identical ones are harmless replays, different ones are forgeries. */
  private checkCopies(author: number, body: EntriesBody, from: number): void {
    let replayed = 0;
    entryBytes(body).forEach((bytes, i) => {
      const stored = this.ctx.store.entryBody(author, body.seq + i);
      if (!stored) return;
      if (equalBytes(stored, bytes)) replayed++;
      else this.ctx.reject('altered', from, `entry ${body.seq + i} of ${nodeId(author)} differs from the verified one`);
    });
    if (replayed > 0) this.ctx.store.bumpCounter('replayed_entries', replayed);
  }

  private request(author: number, fromSeq: number, peer: number, nowMs: number): void {
    // The same question to the same peer waits for its answer; a different one (the key, then the entries) may not.
    const key = `${author}:${fromSeq}:${peer}`;
    const last = this.lastRequestMs.get(key);
    if (last !== undefined && nowMs - last < this.options.requestRetryMs) return;
    if (fromSeq > 0) this.noteAsked(author, peer, nowMs);
    if (fromSeq === 0) {
      forgetStale(this.keysAsked, (at) => nowMs - at >= HOUR_MS);
      this.keysAsked.set(author, nowMs);
    }
    // Keys and entries have separate allowances, so a flood of unknown authors cannot starve a real catch-up.
    if (!this.spend(`${peer}:${fromSeq === 0 ? 'key' : 'entries'}`, nowMs)) {
      this.ctx.store.bumpCounter('requests_capped');
      return;
    }
    forgetStale(this.lastRequestMs, (at) => nowMs - at >= this.options.requestRetryMs);
    forgetStale(this.unanswered, (record) => nowMs - record.sinceMs >= HOUR_MS);
    this.lastRequestMs.set(key, nowMs);
    if (fromSeq > 0) this.armFollowUp(author, nowMs, peer);
    const to = peer === this.ctx.self ? BROADCAST_NUM : peer;
    this.queuePacket(encodeMessage({ type: 'request', body: { author, fromSeq } }), 'request', RANK.request, to);
  }

  /** Take one from an hourly allowance (a peer's requests of a kind, or pushes its digests cause); false when spent. */
  private spend(allowance: string, nowMs: number): boolean {
    const times = (this.requestTimes.get(allowance) ?? []).filter((t) => t > nowMs - HOUR_MS);
    if (times.length >= REQUESTS_PER_PEER_PER_HOUR) return false;
    times.push(nowMs);
    this.requestTimes.set(allowance, times);
    // Made-up senders each leave a little state: past a bound, what is an hour old goes.
    forgetStale(this.requestTimes, (list) => (list.at(-1) ?? 0) <= nowMs - HOUR_MS);
    return true;
  }

  /**
   * Ask again, on our own clock, if the answer does not bring us up to the claim: on a lossy mesh the request or
   * one packet of the answer (often the signed last one) is lost, and waiting for the next digest or entry to
   * prompt a new request cost heals a quarter of an hour each time. The wait doubles while nothing arrives, up
   * to a digest interval, and starts again from requestRetryMs once the chain grows.
   */
  private armFollowUp(author: number, nowMs: number, peer?: number): void {
    const tip = this.askFrom(author, Number.MAX_SAFE_INTEGER);
    const previous = this.followUps.get(author);
    // A peer that spoke since we asked is there: our packets or its answer were lost, so ask again soon. Not one
    // that keeps talking and never delivers what it claims (forged claims): that one waits ever longer.
    const heard = peer !== undefined && previous !== undefined && (this.lastHeardMs.get(peer) ?? 0) > previous.askedMs && !this.unbelieved(author, peer, nowMs);
    const attempts = previous && previous.tip === tip && !heard ? previous.attempts + 1 : 0;
    this.followUps.set(author, { atMs: nowMs + this.followUpWaitMs(attempts), attempts, tip, askedMs: nowMs });
  }

  /**
   * Entries came from an author whose key we lack, and we asked for it: if the announcement is lost, ask again
   * (the wait doubling up to a digest interval) rather than wait a quarter of an hour for the next digest. Only
   * for signed entries in hand, not for authors a digest merely names, so forged digests buy nothing here.
   */
  private armKeyFollowUp(author: number, peer: number, nowMs: number): void {
    const previous = this.keyFollowUps.get(author);
    if (previous && previous.atMs > nowMs) return;
    if (!previous) forgetStale(this.keyFollowUps, (f) => nowMs - f.atMs >= HOUR_MS);
    const attempts = previous ? previous.attempts + 1 : 0;
    this.keyFollowUps.set(author, { atMs: nowMs + this.followUpWaitMs(attempts), attempts, peer });
  }

  /** How long to wait before asking again after `attempts` unanswered asks: doubling, up to a digest interval. */
  private followUpWaitMs(attempts: number): number {
    return this.jitter(Math.min(this.options.requestRetryMs * 2 ** attempts, this.options.digestIntervalMs));
  }

  private keyFollowUpDue(nowMs: number): void {
    for (const [author, followUp] of this.keyFollowUps) {
      if (followUp.atMs > nowMs) continue;
      // Here, or given up after some eight asks (an hour and a half): the next digest or entries ask again.
      if (this.ctx.store.getAuthor(author) || followUp.attempts >= 8) {
        this.keyFollowUps.delete(author);
        continue;
      }
      this.lastRequestMs.delete(`${author}:0:${followUp.peer}`);
      this.request(author, 0, followUp.peer, nowMs);
      this.armKeyFollowUp(author, followUp.peer, nowMs);
    }
  }

  private followUpDue(nowMs: number): void {
    for (const [author, followUp] of this.followUps) {
      if (followUp.atMs > nowMs) continue;
      const claim = this.claims.get(author);
      const tip = this.ctx.store.chainTip(author)?.seq ?? 0;
      if (!claim || claim.latest <= tip || nowMs - claim.atMs >= HOUR_MS) {
        this.followUps.delete(author);
        continue;
      }
      // The retry limit of request() is what we waited out already.
      const from = this.askFrom(author, claim.latest);
      const peer = this.holderFor(author, tip, claim.peer, nowMs);
      this.lastRequestMs.delete(`${author}:${from}:${peer}`);
      this.request(author, from, peer, nowMs);
      // Not sent (the peer's allowance is spent): later, not at once again.
      if ((this.followUps.get(author)?.atMs ?? Number.POSITIVE_INFINITY) <= nowMs) this.armFollowUp(author, nowMs);
    }
  }

  /**
   * Whether an announcement may pin the key of an author new to us: always when we asked for that key (we saw
   * its entries, alerts or claims); unasked, at most UNASKED_IDENTITIES_PER_DAY in all. Anyone with the channel
   * key can send from any node number, so the bound cannot be per sender: a radio making up identities fills
   * this allowance and no more, and gateways that actually sign something get in by being asked for.
   * Identities that never sign anything are forgotten IDLE_IDENTITY_MS after they were pinned.
   */
  private mayPin(author: number, nowMs: number): boolean {
    const asked = this.keysAsked.get(author);
    if (asked !== undefined && nowMs - asked < HOUR_MS) return true;
    this.unaskedPins = this.unaskedPins.filter((t) => t > nowMs - DAY_MS);
    if (this.unaskedPins.length >= UNASKED_IDENTITIES_PER_DAY) return false;
    this.unaskedPins.push(nowMs);
    return true;
  }

  /**
   * Count a request to `peer` for `author`'s entries as unanswered when the peer spoke since the last one and
   * the entries did not come (a peer not heard since may simply be out of reach). Entries of the author arriving
   * clear the count; counts older than an hour start again.
   */
  private noteAsked(author: number, peer: number, nowMs: number): void {
    const key = `${author}:${peer}`;
    const record = this.unanswered.get(key);
    const current = record && nowMs - record.sinceMs < HOUR_MS ? record : { count: 0, sinceMs: nowMs, askedAtMs: Number.POSITIVE_INFINITY };
    if ((this.lastHeardMs.get(peer) ?? 0) > current.askedAtMs) current.count++;
    // A peer that goes on claiming and not sending stays unbelieved for as long as it does.
    if (current.count >= UNANSWERED_LIMIT) current.sinceMs = nowMs;
    current.askedAtMs = nowMs;
    this.unanswered.set(key, current);
  }

  /** The peer was asked for what it claimed of `author` again and again, heard from each time, and sent none. */
  private unbelieved(author: number, peer: number, nowMs: number): boolean {
    const record = this.unanswered.get(`${author}:${peer}`);
    return record !== undefined && record.count >= UNANSWERED_LIMIT && nowMs - record.sinceMs < HOUR_MS;
  }

  /**
   * The radio heard a packet of any kind from `node`. A node info from a node silent for RADIO_SILENCE_INTERVALS
   * is a radio that came back: the firmware announces itself 30 s after it boots, so a router that lost power and
   * got it back says so before anything else. Whatever it joins again may be a neighbourhood we lost touch with:
   * a digest goes out soon (at most one per digest interval), rather than at the next round. Returns whether that
   * digest was brought forward.
   */
  radioHeard(node: number, portnum: number, nowMs: number): boolean {
    if (node === this.ctx.nodeNum) return false;
    const last = noteHeard(this.radiosHeard, node, nowMs);
    const silentMs = last === undefined ? 0 : nowMs - last;
    if (portnum !== NODEINFO_PORTNUM || silentMs < RADIO_SILENCE_INTERVALS * this.options.digestIntervalMs || nowMs < this.radioReturnQuietUntilMs)
      return false;
    // One outage brings many radios back: the first one's digest is for all of them.
    this.radioReturnQuietUntilMs = nowMs + this.options.digestIntervalMs;
    const due = nowMs + this.returnDigestDelayMs();
    if (due >= this.digestDueAtMs) return false;
    this.digestDueAtMs = due;
    return true;
  }

  /**
   * A peer spoke. One not heard for a while is back (a partition healed, a gateway returned): we tell it soon
   * what we hold, rather than at the next round of digests, so what either side missed starts flowing at once.
   */
  private heard(peer: number, nowMs: number): void {
    if (peer === this.ctx.self) return;
    const last = noteHeard(this.lastHeardMs, peer, nowMs);
    if (last !== undefined && nowMs - last >= PEER_SILENCE_INTERVALS * this.options.digestIntervalMs) {
      this.digestDueAtMs = Math.min(this.digestDueAtMs, nowMs + this.returnDigestDelayMs());
    }
  }

  /**
   * How long after hearing a return we send the digest it brings forward: a random moment within half the
   * debounce (10 s on the radio). A return has no further changes to gather, the debounce's reason; the spread
   * keeps gateways that hear the same return from sending at once.
   */
  private returnDigestDelayMs(): number {
    return (this.ctx.random() * this.options.digestDebounceMs) / 2;
  }

  /** Our verified entries of `author` from `fromSeq` up to a head we hold a signature for. */
  private runPayloads(author: number, fromSeq: number): Uint8Array[] {
    const { store, self } = this.ctx;
    const tip = store.chainTip(author);
    if (!tip || tip.seq < fromSeq) return [];
    let lastSeq: number;
    let signature: Uint8Array;
    if (author === self) {
      lastSeq = Math.min(tip.seq, fromSeq + this.options.answerMaxEntries - 1);
      signature = signChainHead(this.ctx.keys, self, lastSeq, this.headAt(self, lastSeq));
    } else {
      // The furthest signed head within one answer's reach, or else the nearest one beyond it.
      const signed = store.signedHeads(author, fromSeq);
      const chosen = signed.filter((s) => s.seq < fromSeq + this.options.answerMaxEntries).at(-1) ?? signed[0];
      if (!chosen) return [];
      lastSeq = chosen.seq;
      signature = chosen.signature;
    }
    const stored = store.entriesBetween(author, fromSeq, lastSeq);
    const payloads: Uint8Array[] = [];
    const explicitAuthor = this.ctx.authorOnAir(author);
    let at = 0;
    while (at < stored.length) {
      // Only the last packet carries the signature, so the others fill up with entries instead.
      const rest = stored.slice(at);
      const signedRun = this.fitRun(rest, true);
      const isLast = signedRun.length === rest.length;
      // An unsigned packet never takes the last entry: the run must end on a signed packet.
      const run = isLast ? signedRun : this.fitRun(rest, false).slice(0, rest.length - 1);
      const body = { ...runBody(fromSeq + at, run), ...explicitAuthor };
      payloads.push(...this.ctx.payloadsFor(isLast ? { type: 'entries', body, signature } : { type: 'entries', body }));
      at += run.length;
    }
    return payloads;
  }

  /** As many entries as fit one packet, with or without a signature (at least one: a longer one is fragmented). */
  private fitRun(stored: StoredRun, signed = true): StoredRun {
    const run: StoredRun = [];
    let bytes = RUN_OVERHEAD_BYTES - (signed ? 0 : SIGNATURE_BYTES);
    for (const item of stored) {
      const cost = item.body.length + ENTRY_FRAMING_BYTES;
      if (run.length > 0 && (bytes + cost > this.ctx.maxPayloadBytes || run.length >= LIMITS.entriesPerMessage)) break;
      run.push(item);
      bytes += cost;
    }
    return run;
  }

  private headAt(author: number, seq: number): Uint8Array {
    return this.ctx.store.entryHead(author, seq) ?? genesisHead(author);
  }

  private queueAnswer(key: string, payloads: Uint8Array[], rank: number): void {
    this.answered.add(key);
    payloads.forEach((payload, i) => {
      this.queuePacket(payload, 'answer', rank, BROADCAST_NUM, i === payloads.length - 1 ? () => this.answered.delete(key) : undefined);
    });
  }

  private queuePacket(payload: Uint8Array, kind: 'answer' | 'request' | 'announce' | 'digest', rank: number, to: number, onSent?: () => void): void {
    this.ctx.queue({
      to,
      payload,
      priority: kind === 'request' || kind === 'answer' ? PRIORITY.DEFAULT : PRIORITY.BACKGROUND,
      kind,
      rank,
      urgent: false,
      ...(onSent ? { onSent } : {}),
    });
  }

  private jitter(ms: number): number {
    return ms * (0.8 + 0.4 * this.ctx.random());
  }
}

type StoredRun = Pick<StoredEntry, 'entry' | 'body'>[];

/** A run of stored entries as an Entries body that carries their stored bytes unchanged. */
function runBody(seq: number, run: StoredRun): EntriesBody {
  return { seq, entries: run.map((item) => item.entry), bodies: run.map((item) => item.body) };
}

/**
 * Remember when `node` was heard, returning when it was heard before. Kept least recently heard first, and past
 * REQUEST_MEMORY nodes the least recent is forgotten: a flood from made-up node numbers costs one step per packet
 * (a sweep of the whole map per new sender made a 30,000-packet flood ten times slower).
 */
function noteHeard(heard: Map<number, number>, node: number, nowMs: number): number | undefined {
  const last = heard.get(node);
  heard.delete(node);
  heard.set(node, nowMs);
  if (heard.size > REQUEST_MEMORY) heard.delete(heard.keys().next().value as number);
  return last;
}

/** Past REQUEST_MEMORY entries, drop those `isStale` says are old enough: what floods leave behind stays bounded. */
function forgetStale<K, V>(map: Map<K, V>, isStale: (value: V) => boolean): void {
  if (map.size < REQUEST_MEMORY) return;
  for (const [key, value] of map) if (isStale(value)) map.delete(key);
}
