/**
 * The air between simulated radios: which pairs can hear each other (path loss with shadowing drawn per link
 * direction, kept only above the receiver's sensitivity), what each receiver hears at the moment, which packet
 * its demodulator is locked onto (the first preamble it hears, unless a packet at least 6 dB stronger starts
 * before that preamble is over), and whether a partition cuts a link. Routing lives in mesh-simulation.ts.
 */
import { airtimeMs, MODEM_PRESETS, symbolMs, type ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { CAPTURE_THRESHOLD_DB, dbmToMw, sensitivityDbm } from '../phy/link-budget.ts';
import { gaussian, pathLossDb, SHADOWING_SIGMA_DB, type PathLossModel } from '../phy/path-loss.ts';
import { receive, type HeardSignal, type ReceptionVerdict } from '../phy/reception.ts';
import { seeded } from '../seeded-random.ts';

export interface Placed {
  id: number;
  xM: number;
  yM: number;
  heightM?: number;
  txPowerDbm?: number;
}

export interface Link {
  node: number;
  /** The receiver's place in the medium's arrays. */
  index: number;
  rssiDbm: number;
  /** The same in milliwatts, for summing interference. */
  mw: number;
}

export interface MediumOptions {
  preset: ModemPreset;
  pathLoss?: PathLossModel;
  /** Log-normal shadowing sigma, dB; 0 for none. Default 3.57 (LoRaSim). */
  shadowingDb?: number;
  /**
   * False for an ideal air: packets never spoil each other, and a radio hears while it sends. Default true. It
   * separates what a protocol's own waits cost from what collisions cost, on the same links.
   */
  collisions?: boolean;
  seed: number;
}

const NOT_LOCKED: ReceptionVerdict = { decoded: false, reason: 'not-locked', sinrDb: Number.NaN };

export class RadioMedium {
  /** Who hears each node, and how loud. */
  readonly links = new Map<number, Link[]>();
  /** Per-node state in arrays by a dense index (node numbers can be anything up to 2^32). */
  private readonly indexOf = new Map<number, number>();
  private readonly heard: HeardSignal[][] = [];
  /** Signal id each receiver is locked onto, -1 for none. */
  private readonly lockedTo: Float64Array;
  private readonly transmittingUntil: Float64Array;
  /** 1 while the node's radio is on. */
  private readonly on: Uint8Array;
  /** Airtime each node heard: in all, this minute and last minute (its channel utilisation). */
  private readonly heardMs: Float64Array;
  private readonly heardThisMinuteMs: Float64Array;
  private readonly heardLastMinuteMs: Float64Array;
  private readonly minuteOf: Float64Array;
  /** Side of the active partition each node is on; nodes on different sides do not hear each other. */
  private sides: Map<number, number> | undefined;
  private readonly longestAirtimeMs: number;
  /** The preamble (16 symbols + 4.25 of sync word), during which a much stronger packet can still take over. */
  private readonly preambleMs: number;

  constructor(
    nodes: readonly Placed[],
    private readonly options: MediumOptions,
  ) {
    this.longestAirtimeMs = airtimeMs(options.preset, 255);
    this.preambleMs = 20.25 * symbolMs(MODEM_PRESETS[options.preset]);
    nodes.forEach((node, i) => {
      this.indexOf.set(node.id, i);
      this.heard.push([]);
    });
    this.lockedTo = new Float64Array(nodes.length).fill(-1);
    this.transmittingUntil = new Float64Array(nodes.length);
    this.on = new Uint8Array(nodes.length).fill(1);
    this.heardMs = new Float64Array(nodes.length);
    this.heardThisMinuteMs = new Float64Array(nodes.length);
    this.heardLastMinuteMs = new Float64Array(nodes.length);
    this.minuteOf = new Float64Array(nodes.length);
    this.buildLinks(nodes);
  }

  rssi(from: number, to: number): number | undefined {
    return this.links.get(from)?.find((l) => l.node === to)?.rssiDbm;
  }

  /** Cut the air between groups of nodes (nodes in no group hear everyone), or heal it with undefined. */
  partition(groups: readonly (readonly number[])[] | undefined): void {
    this.sides = groups ? new Map(groups.flatMap((group, side) => group.map((node) => [node, side] as const))) : undefined;
  }

  /** Whether a link is usable now: both ends on the same side of any partition. */
  connected(a: number, b: number): boolean {
    if (!this.sides) return true;
    const [sa, sb] = [this.sides.get(a), this.sides.get(b)];
    return sa === undefined || sb === undefined || sa === sb;
  }

  /** Channel activity detection: is this node sending, or hearing anyone, at `nowMs`? */
  busy(node: number, nowMs: number): boolean {
    const i = this.indexOf.get(node);
    if (i === undefined) return false;
    if ((this.transmittingUntil[i] as number) > nowMs) return true;
    for (const s of this.heard[i] as HeardSignal[]) if (s.endMs > nowMs) return true;
    return false;
  }

  /** Turn a node's radio on or off; off, it forgets what it was receiving. */
  setOn(node: number, on: boolean): void {
    const i = this.indexOf.get(node);
    if (i === undefined) return;
    this.on[i] = on ? 1 : 0;
    if (!on) {
      this.heard[i] = [];
      this.lockedTo[i] = -1;
      this.transmittingUntil[i] = 0;
    }
  }

  /** Airtime a node has heard from others since the start, ms. */
  heardTotalMs(node: number): number {
    const i = this.indexOf.get(node);
    return i === undefined ? 0 : (this.heardMs[i] as number);
  }

  /** Share of the last whole minute a node heard others on air, percent (the firmware's channel utilisation). */
  channelUtilPercent(node: number, nowMs: number): number {
    const i = this.indexOf.get(node);
    if (i === undefined) return 0;
    this.roll(i, nowMs);
    return Math.min(100, (100 * (this.heardLastMinuteMs[i] as number)) / 60_000);
  }

  private roll(i: number, nowMs: number): void {
    const minute = Math.floor(nowMs / 60_000);
    if (minute === this.minuteOf[i]) return;
    this.heardLastMinuteMs[i] = minute === (this.minuteOf[i] as number) + 1 ? (this.heardThisMinuteMs[i] as number) : 0;
    this.heardThisMinuteMs[i] = 0;
    this.minuteOf[i] = minute;
  }

  /** A transmission starts: every neighbour whose radio is on hears it, and locks onto it if it was idle. */
  start(sender: number, signalId: number, startMs: number, endMs: number): void {
    const from = this.indexOf.get(sender);
    if (from === undefined) return;
    this.transmittingUntil[from] = endMs;
    const duration = endMs - startMs;
    for (const { node, index, rssiDbm, mw } of this.links.get(sender) as Link[]) {
      if (this.on[index] === 0 || (this.sides && !this.connected(sender, node))) continue;
      this.roll(index, startMs);
      this.heardThisMinuteMs[index]! += duration;
      this.heardMs[index]! += duration;
      const signals = this.heard[index] as HeardSignal[];
      signals.push({ id: signalId, rssiDbm, mw, startMs, endMs });
      if ((this.transmittingUntil[index] as number) > startMs) continue;
      const locked = this.lockedTo[index] as number;
      let current: HeardSignal | undefined;
      if (locked >= 0) for (const s of signals) if (s.id === locked && s.endMs > startMs) current = s;
      // Idle, or still syncing on the other packet's preamble and this one is clearly stronger: it takes over.
      if (!current || (startMs < current.startMs + this.preambleMs && rssiDbm >= current.rssiDbm + CAPTURE_THRESHOLD_DB)) this.lockedTo[index] = signalId;
    }
  }

  /** A transmission ends: the verdict at each neighbour that heard it (given with its index, the nodes' order). */
  end(sender: number, signalId: number, nowMs: number, onVerdict: (index: number, verdict: ReceptionVerdict, rssiDbm: number) => void): void {
    // A signal can only overlap packets that started before it ended, and none lasts longer than a full-size
    // packet: older ones are dropped (in place), which keeps every receiver's list short.
    const horizon = nowMs - this.longestAirtimeMs;
    for (const { index } of this.links.get(sender) ?? []) {
      const signals = this.heard[index] as HeardSignal[];
      let wanted: HeardSignal | undefined;
      let kept = 0;
      for (const s of signals) {
        if (s.id === signalId) wanted = s;
        if (s.endMs > horizon) signals[kept++] = s;
      }
      signals.length = kept;
      if (!wanted) continue;
      if (this.options.collisions === false) {
        onVerdict(index, receive(wanted, [wanted], this.options.preset, signalId), wanted.rssiDbm);
        continue;
      }
      const locked = this.lockedTo[index] as number;
      // Busy with another packet: no need to weigh the interference.
      if (locked !== signalId) {
        onVerdict(index, NOT_LOCKED, wanted.rssiDbm);
        continue;
      }
      this.lockedTo[index] = -1;
      onVerdict(index, receive(wanted, signals, this.options.preset, locked), wanted.rssiDbm);
    }
  }

  /**
   * Links worth keeping: only pairs within the longest range shadowing could stretch a link to (3 sigma), found
   * through a grid of cells that size, so building the links grows with the nodes, not with their square.
   */
  private buildLinks(nodes: readonly Placed[]): void {
    const model = this.options.pathLoss ?? { kind: 'log-distance' };
    const sigma = this.options.shadowingDb ?? SHADOWING_SIGMA_DB;
    const shadowRandom = seeded(this.options.seed);
    const floor = sensitivityDbm(this.options.preset);
    const maxPower = Math.max(...nodes.map((n) => n.txPowerDbm ?? 20));
    const tallest = Math.max(...nodes.map((n) => n.heightM ?? 1.5));
    const range = maxRangeM((d) => pathLossDb(d, model, tallest, tallest), maxPower - floor + 3 * sigma);
    const cell = (v: number) => Math.floor(v / range);
    const grid = new Map<string, Placed[]>();
    for (const node of nodes) {
      const key = `${cell(node.xM)}:${cell(node.yM)}`;
      const members = grid.get(key);
      if (members) members.push(node);
      else grid.set(key, [node]);
      this.links.set(node.id, []);
    }
    for (const a of nodes) {
      const [cx, cy] = [cell(a.xM), cell(a.yM)];
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const b of grid.get(`${cx + dx}:${cy + dy}`) ?? []) {
            if (a === b) continue;
            const d = Math.hypot(a.xM - b.xM, a.yM - b.yM);
            if (d > range) continue;
            const loss = pathLossDb(d, model, a.heightM ?? 1.5, b.heightM ?? 1.5) + (sigma > 0 ? gaussian(shadowRandom) * sigma : 0);
            const rssi = (a.txPowerDbm ?? 20) - loss;
            if (rssi >= floor) this.links.get(a.id)?.push({ node: b.id, index: this.indexOf.get(b.id) as number, rssiDbm: rssi, mw: dbmToMw(rssi) });
          }
        }
      }
    }
  }
}

/** The distance at which `lossAt` reaches `budgetDb` (loss grows with distance), to a metre. */
function maxRangeM(lossAt: (distanceM: number) => number, budgetDb: number): number {
  let high = 100;
  while (lossAt(high) < budgetDb && high < 1e7) high *= 2;
  let low = 0;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (lossAt(mid) < budgetDb) low = mid;
    else high = mid;
  }
  return high;
}
