/**
 * One gateway: a radio session, the node engine and its SQLite store, wired together with the real clock.
 * The engine is pure; this is the shell that feeds it packets and time and carries out what it asks. The same
 * class runs the operator's gateway and every simulated gateway of the embedded neighbourhood.
 *
 * The engine's author id is the radio's node number, so the engine starts once the radio has told us who it is.
 * Other links (the MQTT federation) attach their own engine over the same store; one EngineDriver drives them all
 * and relays what one link learns to the others.
 */
import { Mesh, Portnums } from '@meshtastic/protobufs';
import type { Entry } from '../../protocol/app/messages.ts';
import { SubmissionLog } from '../../store/submission-log.ts';
import { speakerText } from '../../protocol/app/chat-speaker.ts';
import type { KeyPair } from '../../protocol/app/signatures.ts';
import type { AlertInput } from '../../protocol/engine/alert-flow.ts';
import { MeshloomEngine } from '../../protocol/engine/engine.ts';
import { EngineDriver } from '../../protocol/engine/engine-driver.ts';
import type { StoredAlert } from '../../protocol/engine/engine-store.ts';
import type { EngineEvent, EngineOptions, OutboundPacket, ReceivedPacket } from '../../protocol/engine/engine-types.ts';
import { appErrors } from '../../protocol/app/errors.ts';
import { errorMessage } from '../../protocol/meshloom-error.ts';
import { radioErrors } from '../../radio/errors.ts';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { RadioSession, type RadioSessionOptions } from '../../radio/radio-session.ts';
import type { LedgerStore } from '../../store/ledger-store.ts';
import { MessageLog, type ChatMessage, type ChatState } from '../../store/message-log.ts';
import { TypedEmitter } from '../../support/typed-emitter.ts';

export interface GatewayOptions {
  session: RadioSessionOptions;
  store: LedgerStore;
  keys: KeyPair;
  /** The author id, when the operator started a new identity; default the radio's node number. */
  author?: number;
  /** Earlier identities with their keys (from the key file): see MeshloomEngine. */
  retired?: EngineOptions['retired'];
  /** The neighbourhood's name. */
  label: string;
  engine?: Partial<Omit<EngineOptions, 'store' | 'nodeNum' | 'keys' | 'label' | 'author' | 'retired'>>;
  random?: () => number;
  now?: () => number;
}

export type LinkState = 'connecting' | 'ready' | 'down' | 'closed';

/** A link besides the radio: its engine settings and how its packets leave. */
export interface LinkAttachment {
  /** The engine's link name, e.g. "federation". */
  name: string;
  engine: Partial<Omit<EngineOptions, 'store' | 'nodeNum' | 'keys' | 'label' | 'link'>>;
  send(packet: OutboundPacket): void;
}

export interface GatewayCounters {
  packetsIn: number;
  packetsOut: number;
  airtimeMs: number;
}

export type GatewayEvents = {
  engine: [EngineEvent];
  message: [ChatMessage];
  /** What became of a chat message sent from here. */
  'message-state': [{ id: number; state: ChatState; reason?: string }];
  node: [Mesh.NodeInfo];
  link: [{ state: LinkState; detail: string }];
  /** A line for the operator; `kind` groups repeats of one problem (an error code) so floods aggregate. */
  log: [line: string, kind?: string];
};

const TEXT_MAX_BYTES = 200;
/** Unsettled engine want_ack sends remembered; the radio settles each within a minute or so. */
const ENGINE_ACK_SENDS_KEPT = 1_000;

export class Gateway extends TypedEmitter<GatewayEvents> {
  readonly session: RadioSession;
  readonly store: LedgerStore;
  readonly messages: MessageLog;
  readonly submissions: SubmissionLog;
  readonly counters: GatewayCounters = { packetsIn: 0, packetsOut: 0, airtimeMs: 0 };
  private engineValue: MeshloomEngine | undefined;
  private readonly attachments = new Map<string, LinkAttachment>();
  /** Chat messages on their way, by the send queue's key. */
  private readonly chatSends = new Map<number, number>();
  /** Keys of the engine's want_ack sends the radio has not settled yet (see noteImplicitAck). */
  private readonly engineAckSends = new Set<number>();
  private readonly driver: EngineDriver;
  private linkState: LinkState = 'connecting';
  private lastHeardMs: number | undefined;
  private wakeTimer: NodeJS.Timeout | undefined;
  private readonly now: () => number;
  /** Who the engines write and sign as: the options' identity until the operator starts a new one. */
  private identity: Pick<EngineOptions, 'keys' | 'author' | 'retired'>;

  constructor(private readonly options: GatewayOptions) {
    super();
    this.identity = {
      keys: options.keys,
      ...(options.author === undefined ? {} : { author: options.author }),
      ...(options.retired ? { retired: options.retired } : {}),
    };
    this.store = options.store;
    this.now = options.now ?? Date.now;
    this.messages = new MessageLog(options.store);
    this.submissions = new SubmissionLog(options.store.db);
    this.session = new RadioSession({ ...options.session, ...(options.random ? { random: options.random } : {}) });
    this.session.on('configured', () => this.onConfigured());
    this.session.on('connected', ({ description }) => this.setLink('connecting', `connected to ${description}`));
    this.session.on('disconnected', ({ reason, willRetry }) => this.setLink(willRetry ? 'down' : 'closed', reason));
    this.session.on('packet', (packet) => this.onPacket(packet));
    this.session.on('node', (node) => this.emit('node', node.info));
    this.session.on('sendStatus', ({ packet, state }) => {
      if (this.engineAckSends.has(packet.key) && (state === 'acked' || state === 'failed')) {
        this.engineAckSends.delete(packet.key);
        // A relay heard (acked) or the radio's resends spent (MAX_RETRANSMIT): how asking want_ack fares on air.
        const bytes = packet.request.payload.length;
        if (state === 'acked') this.engineValue?.noteImplicitAck(this.now(), true, bytes);
        else if (packet.routingError === Mesh.Routing_Error.MAX_RETRANSMIT) this.engineValue?.noteImplicitAck(this.now(), false, bytes);
      }
      const id = this.chatSends.get(packet.key);
      if (id === undefined) return;
      if (state === 'acked' || state === 'failed') this.chatSends.delete(packet.key);
      this.messages.setState(id, state);
      this.emit('message-state', { id, state, ...(packet.error ? { reason: packet.error.message } : {}) });
    });
    this.session.on('error', (err) => this.emit('log', `radio: ${err.message} [${err.code}]`, err.code));
    this.driver = new EngineDriver({
      now: this.now,
      onEvent: (_link, event) => this.emit('engine', event),
      wake: (atMs) => this.wakeAt(atMs),
      defer: (fn) => setImmediate(fn),
      transaction: (fn) => this.store.transaction(fn),
    });
  }

  /** The engine, once the radio has said which node it is. */
  get engine(): MeshloomEngine | undefined {
    return this.engineValue;
  }

  get link(): { state: LinkState; lastHeardMs: number | undefined; description: string | undefined } {
    return { state: this.linkState, lastHeardMs: this.lastHeardMs, description: this.session.linkDescription };
  }

  start(): void {
    this.session.start();
  }

  /** The key the engines sign with now. */
  get keys(): KeyPair {
    return this.identity.keys;
  }

  /**
   * Write as a new identity on every link from now on (the operator's command; the key file is written first).
   * Throws when the radio has not said which node it is yet: there is no engine to switch.
   */
  adoptIdentity(author: number, keys: KeyPair): void {
    const radio = this.requireEngine();
    const retired = [...(this.identity.retired ?? []), { author: radio.author, keys: this.identity.keys }];
    for (const name of ['radio', ...this.attachments.keys()]) this.driver.engine(name)?.adoptIdentity(this.now(), author, keys);
    this.identity = { keys, author, retired };
    this.driver.drive();
  }

  /** Whether `author` is a gateway this one holds a key or entries of: a new identity must not take its id. */
  knowsAuthor(author: number): boolean {
    return this.store.getAuthor(author) !== undefined || this.store.chainTip(author) !== undefined;
  }

  /** Run an engine on another link (it starts with the radio's identity, once the radio has said it). */
  attachLink(attachment: LinkAttachment): void {
    this.attachments.set(attachment.name, attachment);
    this.startLinkEngines();
    this.driver.drive();
  }

  /** A packet that arrived on an attached link. */
  receiveOnLink(name: string, packet: ReceivedPacket): void {
    this.receiveOn(name, packet, `${name}: packet from !${packet.from.toString(16)}`);
  }

  /** An attached link is back (reconnected and listening again): what was sent meanwhile may be missing there. */
  linkRejoined(name: string): void {
    this.driver.engine(name)?.digestSoon(this.now());
    this.driver.drive();
  }

  /** The engine of an attached link, once running. */
  linkEngine(name: string): MeshloomEngine | undefined {
    return this.driver.engine(name);
  }

  async close(): Promise<void> {
    this.driver.stop();
    await this.session.close();
    this.messages.flush();
    this.setLink('closed', 'gateway stopped');
  }

  /** Record a ledger entry from a neighbour on this gateway's page. */
  postEntry(entry: Entry): { author: number; seq: number } {
    const result = this.requireEngine().submitEntry(this.now(), entry);
    this.driver.drive();
    return result;
  }

  /** Raise, update or cancel an alert as this gateway (operators only; the web layer checks). */
  postAlert(input: AlertInput): StoredAlert {
    const alert = this.requireEngine().submitAlert(this.now(), input);
    this.driver.drive();
    return alert;
  }

  /** A text heard by another way than this radio (Meshtastic MQTT): kept and shown like one heard on air. */
  noteText(heard: { from: number; to: number; channel: number; text: string }): ChatMessage {
    const message = this.messages.add({ ...heard, atMs: this.now(), own: false });
    this.emit('message', message);
    return message;
  }

  /** A chat message to the whole channel, with the name of the neighbour who wrote it in front when given. */
  sendChat(typed: string, speaker = ''): ChatMessage {
    const text = speakerText(speaker, typed);
    const payload = new TextEncoder().encode(text);
    if (payload.length === 0 || payload.length > TEXT_MAX_BYTES) {
      throw appErrors.MESHLOOM_ERR_FIELD_INVALID('text', `1 to ${TEXT_MAX_BYTES} bytes`);
    }
    // Refused with 429 when the radio already has a backlog: better "try again" than a message that leaves in an
    // hour. With want_ack a broadcast is acked once the radio hears a neighbour relay it, so the page can say so.
    const handle = this.session.send({ to: BROADCAST_NUM, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload, wantAck: true, refuseWhenBusy: true });
    this.counters.packetsOut++;
    const message = this.messages.add({
      from: this.session.myNodeNum ?? 0,
      to: BROADCAST_NUM,
      channel: 0,
      text,
      atMs: this.now(),
      own: true,
      // A radio in the same process may have taken it already.
      state: handle.packet.state,
    });
    if (handle.packet.state !== 'acked' && handle.packet.state !== 'failed') this.chatSends.set(handle.packet.key, message.id);
    this.emit('message', message);
    return message;
  }

  private requireEngine(): MeshloomEngine {
    if (!this.engineValue) throw radioErrors.MESHLOOM_ERR_RADIO_NOT_CONFIGURED();
    return this.engineValue;
  }

  private onConfigured(): void {
    const nodeNum = this.session.myNodeNum;
    this.setLink('ready', 'radio configured');
    const previous = this.engineValue;
    if (previous && nodeNum !== undefined && nodeNum !== previous.nodeNum) {
      // Another radio under the same ledger: the engines speak as the radio they were made for (what they put on
      // air names the author only when it is not the sender), so they are made again for this one. The ledger
      // stays this gateway's: the new engine goes on writing the chain its key signed.
      this.emit(
        'log',
        `radio !${nodeNum.toString(16)} is attached where !${previous.nodeNum.toString(16)} was; the ledger goes on as !${previous.author.toString(16)}`,
      );
      for (const name of ['radio', ...this.attachments.keys()]) this.driver.detach(name);
      this.engineValue = undefined;
    }
    if (nodeNum === undefined || this.engineValue) {
      this.driver.drive();
      return;
    }
    const engine = new MeshloomEngine(
      {
        random: this.options.random ?? Math.random,
        ...this.options.engine,
        store: this.store,
        nodeNum,
        ...this.identity,
        label: this.options.label,
      },
      this.now(),
    );
    this.engineValue = engine;
    this.driver.attach({
      name: 'radio',
      engine,
      canSend: () => this.session.state === 'ready',
      send: (packet) => {
        const handle = this.session.send({
          to: packet.to,
          portnum: packet.portnum,
          payload: packet.payload,
          priority: packet.priority,
          wantAck: packet.wantAck,
        });
        if (packet.wantAck) {
          if (this.engineAckSends.size >= ENGINE_ACK_SENDS_KEPT) this.engineAckSends.delete(this.engineAckSends.values().next().value as number);
          this.engineAckSends.add(handle.packet.key);
        }
        this.counters.packetsOut++;
        this.counters.airtimeMs = engine.budget.usedMs(this.now());
      },
    });
    this.startLinkEngines();
    this.driver.drive();
  }

  private startLinkEngines(): void {
    const radio = this.engineValue;
    if (!radio) return;
    for (const attachment of this.attachments.values()) {
      if (this.driver.engine(attachment.name)) continue;
      const engine = new MeshloomEngine(
        {
          random: this.options.random ?? Math.random,
          ...attachment.engine,
          portnum: radio.portnum,
          store: this.store,
          nodeNum: radio.nodeNum,
          ...this.identity,
          label: this.options.label,
          link: attachment.name,
        },
        this.now(),
      );
      this.driver.attach({ name: attachment.name, engine, batched: true, send: (packet) => attachment.send(packet) });
    }
  }

  private onPacket(packet: Mesh.MeshPacket): void {
    this.counters.packetsIn++;
    this.lastHeardMs = this.now();
    if (packet.payloadVariant.case !== 'decoded') return;
    const data = packet.payloadVariant.value;
    // Any packet tells the engine that radio is there: one back from a long silence may bring a neighbourhood back.
    if (this.engineValue?.heardRadio(this.now(), packet.from, data.portnum)) this.driver.drive();
    if (data.portnum === Portnums.PortNum.TEXT_MESSAGE_APP) {
      const message = this.messages.add({
        from: packet.from,
        to: packet.to,
        channel: packet.channel,
        text: new TextDecoder().decode(data.payload),
        atMs: this.now(),
        own: false,
      });
      this.emit('message', message);
      return;
    }
    const engine = this.engineValue;
    if (!engine || data.portnum !== engine.portnum) return;
    const hops = packet.hopStart > 0 ? packet.hopStart - packet.hopLimit : undefined;
    const received = {
      from: packet.from,
      to: packet.to,
      portnum: data.portnum,
      payload: data.payload,
      ...(hops !== undefined ? { hops } : {}),
      snrDb: packet.rxSnr,
    };
    this.receiveOn('radio', received, `packet ${packet.id} from !${packet.from.toString(16)}`);
  }

  private receiveOn(link: string, packet: ReceivedPacket, what: string): void {
    try {
      this.driver.receive(link, packet);
    } catch (err) {
      // The engine reports bad input as events; anything thrown is a bug, and one packet must not stop the gateway.
      this.emit('log', `${what} could not be processed: ${errorMessage(err)}`, 'unprocessed');
      this.driver.drive();
    }
  }

  /** The driver's wake-up on the real clock: never sooner than 50 ms, never later than a minute (a clock jump). */
  private wakeAt(atMs: number | undefined): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
    if (atMs === undefined) return;
    const delay = Math.min(60_000, Math.max(50, atMs - this.now()));
    this.wakeTimer = setTimeout(() => this.driver.drive(), delay);
    this.wakeTimer.unref();
  }

  private setLink(state: LinkState, detail: string): void {
    this.linkState = state;
    this.emit('link', { state, detail });
  }
}
