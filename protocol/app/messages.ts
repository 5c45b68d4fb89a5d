/**
 * meshloom's message bodies as TypeScript values, and their protobuf encoding. Decoding checks everything a
 * peer could get wrong or forge (enum ranges, lengths, counts), so a decoded value is always one we can store;
 * anything else is a MeshloomError, never a throw of another kind.
 */
import { concatBytes } from '../bytes.ts';
import { errorMessage } from '../meshloom-error.ts';
import { appErrors } from './errors.ts';
import { meshloom } from './generated/meshloom.js';
import protobuf from 'protobufjs/minimal.js';

/** A generated enum as a plain name -> number table (the generated object also maps numbers back to names). */
function table<E extends Record<string, string | number>>(generated: E): { readonly [K in keyof E as K extends string ? K : never]: E[K] } {
  return Object.freeze(Object.fromEntries(Object.entries(generated))) as never;
}

// The enums come from meshloom.proto through the generated codec (npm run codegen): one source of truth.
export const Kind = table(meshloom.Kind);
export const Category = table(meshloom.Category);
export const Unit = table(meshloom.Unit);
export const Availability = table(meshloom.Availability);
export const Wellbeing = table(meshloom.Wellbeing);
export const Step = table(meshloom.Step);
export const MsgType = table(meshloom.MsgType);
export const Scope = table(meshloom.Scope);
export const Severity = table(meshloom.Severity);
export const Urgency = table(meshloom.Urgency);
export const Certainty = table(meshloom.Certainty);
export const AlertCategory = table(meshloom.AlertCategory);
export const ResponseType = table(meshloom.ResponseType);

type ValueOf<T> = T[keyof T];

export interface Entry {
  minute: number;
  kind: ValueOf<typeof Kind>;
  category: ValueOf<typeof Category>;
  tenths: number;
  unit: ValueOf<typeof Unit>;
  member: string;
  note: string;
  toMember: string;
  refAuthor: number;
  refSeq: number;
  void: boolean;
  availability: ValueOf<typeof Availability>;
  wellbeing: ValueOf<typeof Wellbeing>;
  step: ValueOf<typeof Step>;
}

export interface EntriesBody {
  seq: number;
  entries: Entry[];
  /**
   * Each entry's bytes exactly as its author encoded and signed them, fields this version does not know
   * included: what is hashed, stored and relayed. Every decoded body has them; a body built here from `entries`
   * alone is encoded from them.
   */
  bodies?: Uint8Array[];
  author?: number;
}

/**
 * `signed`, on the bodies that carry a signature: the body's bytes as its author encoded and signed them, less
 * the author field (which a relay adds or a sender leaves out), fields this version does not know included.
 * Every decoded body has them; a body built here is encoded from its fields.
 */
export interface AnnounceBody {
  publicKey: Uint8Array;
  label: string;
  latestSeq: number;
  author?: number;
  signed?: Uint8Array;
}

interface Circle {
  latitudeE5: number;
  longitudeE5: number;
  radiusM: number;
}

export interface AlertBody {
  id: number;
  sentMinute: number;
  expiresMinute: number;
  headline: string;
  event: string;
  instruction: string;
  area: string;
  severity: ValueOf<typeof Severity>;
  urgency: ValueOf<typeof Urgency>;
  certainty: ValueOf<typeof Certainty>;
  category: ValueOf<typeof AlertCategory>;
  response: ValueOf<typeof ResponseType>;
  msgType: ValueOf<typeof MsgType>;
  references: number[];
  circle?: Circle;
  author?: number;
  /** Absent means FEDERATED. */
  scope?: ValueOf<typeof Scope>;
  signed?: Uint8Array;
}

export interface AlertAckBody {
  alertAuthor: number;
  alertId: number;
  acker?: number;
  signed?: Uint8Array;
}

export interface DigestBody {
  heads: { author: number; latest: number }[];
  /** Alerts in force the sender holds; absent when none. */
  alerts?: { author: number; id: number }[];
}

export interface RequestBody {
  author: number;
  /** 0 asks for the author's Announce. */
  fromSeq: number;
}

export interface FragmentBody {
  messageId: number;
  index: number;
  count: number;
  data: Uint8Array;
}

/** Limits a decoded message must respect; the sender's side checks the same ones before anything goes out. */
export const LIMITS = {
  memberBytes: 32,
  noteBytes: 600,
  labelBytes: 40,
  headlineBytes: 160,
  eventBytes: 64,
  instructionBytes: 1_000,
  areaBytes: 200,
  entriesPerMessage: 64,
  digestHeads: 256,
  digestAlerts: 32,
  references: 8,
  fragments: 32,
} as const;

const utf8 = new TextEncoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The generated message types this module encodes and decodes. */
interface Codec<P, M> {
  encode(message: P): { finish(): Uint8Array };
  decode(bytes: Uint8Array): M;
}

function encodeWith<P>(codec: Codec<P, unknown>, value: P): Uint8Array {
  return codec.encode(value).finish();
}

function decodeWith<M>(name: string, codec: Codec<never, M>, bytes: Uint8Array): M {
  try {
    return codec.decode(bytes);
  } catch (err) {
    throw appErrors.MESHLOOM_ERR_MESSAGE_MALFORMED(name, errorMessage(err));
  }
}

/** Checks of one decoded value; each throws MESHLOOM_ERR_FIELD_INVALID with the field's path. */
const check = {
  text(path: string, value: unknown, maxBytes: number): string {
    if (typeof value !== 'string') throw appErrors.MESHLOOM_ERR_FIELD_INVALID(path, 'not text');
    // A lone surrogate is not Unicode: it would be stored as U+FFFD and signed as something else. Refused, not replaced.
    if (LONE_SURROGATE.test(value)) throw appErrors.MESHLOOM_ERR_FIELD_INVALID(path, 'contains a lone surrogate (not valid Unicode text)');
    if (utf8.encode(value).length > maxBytes) throw appErrors.MESHLOOM_ERR_FIELD_INVALID(path, `longer than ${maxBytes} bytes`);
    return value;
  },
  enumOf<T extends Record<string, number>>(path: string, value: unknown, values: T): ValueOf<T> {
    if (typeof value !== 'number' || !Object.values(values).includes(value)) {
      throw appErrors.MESHLOOM_ERR_FIELD_INVALID(path, `unknown value ${String(value)}`);
    }
    return value as ValueOf<T>;
  },
  /** An enum value of an entry: any number protobuf can carry (negative int32 values too), known or not. */
  openEnum(path: string, value: unknown): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff) {
      throw appErrors.MESHLOOM_ERR_FIELD_INVALID(path, 'must be a whole number');
    }
    return value;
  },
  uint(path: string, value: unknown, min = 0): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 0xffffffff) {
      throw appErrors.MESHLOOM_ERR_FIELD_INVALID(path, `must be a whole number >= ${min}`);
    }
    return value;
  },
  int(path: string, value: unknown, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw appErrors.MESHLOOM_ERR_FIELD_INVALID(path, `must be between ${min} and ${max}`);
    }
    return value;
  },
  count(path: string, value: unknown[], max: number): void {
    if (value.length > max) throw appErrors.MESHLOOM_ERR_FIELD_INVALID(path, `more than ${max} items`);
  },
  bytes(path: string, value: unknown, length?: number): Uint8Array {
    const bytes = Uint8Array.from(value as number[]);
    if (length !== undefined && bytes.length !== length) {
      throw appErrors.MESHLOOM_ERR_FIELD_INVALID(path, `must be ${length} bytes, not ${bytes.length}`);
    }
    return bytes;
  },
};

const optionalAuthor = (value: unknown): number | undefined => (value === 0 ? undefined : check.uint('author', value));

export function validateEntry(raw: object, path = 'entry'): Entry {
  const value = raw as Readonly<Record<string, unknown>>;
  const entry: Entry = {
    minute: check.uint(`${path}.minute`, value.minute),
    // An entry's enums are open: a kind, category or unit a newer gateway added is kept as its number, so the
    // entry is stored, chained and relayed like any other and shown as one this version cannot read (0008).
    kind: check.openEnum(`${path}.kind`, value.kind) as Entry['kind'],
    category: check.openEnum(`${path}.category`, value.category) as Entry['category'],
    tenths: check.uint(`${path}.tenths`, value.tenths),
    unit: check.openEnum(`${path}.unit`, value.unit) as Entry['unit'],
    member: check.text(`${path}.member`, value.member, LIMITS.memberBytes),
    note: check.text(`${path}.note`, value.note, LIMITS.noteBytes),
    toMember: check.text(`${path}.toMember`, value.toMember, LIMITS.memberBytes + 10),
    refAuthor: check.uint(`${path}.refAuthor`, value.refAuthor),
    refSeq: check.uint(`${path}.refSeq`, value.refSeq),
    void: value.void === true,
    availability: check.openEnum(`${path}.availability`, value.availability) as Entry['availability'],
    wellbeing: check.openEnum(`${path}.wellbeing`, value.wellbeing ?? 0) as Entry['wellbeing'],
    step: check.openEnum(`${path}.step`, value.step ?? 0) as Entry['step'],
  };
  if ((entry.kind === Kind.CORRECTION || entry.kind === Kind.RESPONSE) && entry.refSeq === 0) {
    throw appErrors.MESHLOOM_ERR_FIELD_INVALID(`${path}.refSeq`, 'a correction or a response must name the entry it is about');
  }
  if (entry.kind === Kind.CHECK_IN && entry.member.trim() === '') {
    throw appErrors.MESHLOOM_ERR_FIELD_INVALID(`${path}.member`, 'a check-in names the household');
  }
  return entry;
}

export function entryDefaults(partial: Partial<Entry> & Pick<Entry, 'minute'>): Entry {
  return {
    kind: Kind.CONTRIBUTION,
    category: Category.OTHER,
    tenths: 0,
    unit: Unit.CATEGORY_DEFAULT,
    member: '',
    note: '',
    toMember: '',
    refAuthor: 0,
    refSeq: 0,
    void: false,
    availability: Availability.AVAILABLE,
    wellbeing: Wellbeing.SAFE,
    step: Step.TAKEN,
    ...partial,
  };
}

export function encodeEntry(entry: Entry): Uint8Array {
  return encodeWith(meshloom.Entry, entry);
}

export function decodeEntry(bytes: Uint8Array): Entry {
  return validateEntry(decodeWith('Entry', meshloom.Entry, bytes));
}

/**
 * Check an alert body as a receiver would: what a gateway raises is checked with this before anything is signed
 * or stored, so nothing is kept that peers (or this gateway, after a restart) could not read back.
 */
export function validateAlertBody(raw: AlertBody | meshloom.Alert): AlertBody {
  const references = raw.references.map((r, i) => check.uint(`references[${i}]`, r, 1));
  check.count('references', references, LIMITS.references);
  const body: AlertBody = {
    id: check.uint('id', raw.id, 1),
    sentMinute: check.uint('sentMinute', raw.sentMinute),
    expiresMinute: check.uint('expiresMinute', raw.expiresMinute),
    headline: check.text('headline', raw.headline, LIMITS.headlineBytes),
    event: check.text('event', raw.event, LIMITS.eventBytes),
    instruction: check.text('instruction', raw.instruction, LIMITS.instructionBytes),
    area: check.text('area', raw.area, LIMITS.areaBytes),
    severity: check.enumOf('severity', raw.severity, Severity),
    urgency: check.enumOf('urgency', raw.urgency, Urgency),
    certainty: check.enumOf('certainty', raw.certainty, Certainty),
    category: check.enumOf('category', raw.category, AlertCategory),
    response: check.enumOf('response', raw.response, ResponseType),
    msgType: check.enumOf('msgType', raw.msgType, MsgType),
    references,
  };
  const c = raw.circle ?? undefined;
  if (c) {
    body.circle = {
      latitudeE5: check.int('circle.latitudeE5', c.latitudeE5, -9_000_000, 9_000_000),
      longitudeE5: check.int('circle.longitudeE5', c.longitudeE5, -18_000_000, 18_000_000),
      radiusM: check.uint('circle.radiusM', c.radiusM),
    };
  }
  const author = optionalAuthor(raw.author);
  if (author !== undefined) body.author = author;
  const scope = check.enumOf('scope', raw.scope ?? 0, Scope);
  if (scope !== Scope.FEDERATED) body.scope = scope;
  if (body.msgType !== MsgType.ALERT && body.references.length === 0) {
    throw appErrors.MESHLOOM_ERR_FIELD_INVALID('references', 'an update or cancel must reference the alert it replaces');
  }
  return body;
}

/** Fields of Entries: 1 seq (varint), 2 entry (length-delimited), 3 author (fixed32). */
const SEQ_FIELD_TAG = (1 << 3) | 0;
const ENTRY_FIELD_TAG = (2 << 3) | 2;
const AUTHOR_FIELD_TAG = (3 << 3) | 5;

/** The bytes of each entry of a body: as they travelled, or (a body built here) encoded from its entries. */
export function entryBytes(body: EntriesBody): Uint8Array[] {
  return body.bodies ?? body.entries.map(encodeEntry);
}

/** Entries with each entry written as the bytes it came as, in the generated codec's field order. */
function encodeEntries(body: EntriesBody): Uint8Array {
  const writer = protobuf.Writer.create();
  if (body.seq !== 0) writer.uint32(SEQ_FIELD_TAG).uint32(body.seq);
  for (const bytes of entryBytes(body)) writer.uint32(ENTRY_FIELD_TAG).bytes(bytes);
  if (body.author) writer.uint32(AUTHOR_FIELD_TAG).fixed32(body.author);
  return writer.finish();
}

/**
 * The exact bytes of each entry in an encoded Entries body, as they travelled: what a hash chain must cover, so
 * that fields this version does not know are hashed, stored and relayed as they came. Throws MESHLOOM_ERR_MESSAGE_MALFORMED.
 */
export function entryBytesOf(entriesBody: Uint8Array): Uint8Array[] {
  const reader = protobuf.Reader.create(entriesBody);
  const entries: Uint8Array[] = [];
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag === ENTRY_FIELD_TAG) entries.push(Uint8Array.from(reader.bytes()));
      else reader.skipType(tag & 7);
    }
  } catch (err) {
    throw appErrors.MESHLOOM_ERR_MESSAGE_MALFORMED('Entries', errorMessage(err));
  }
  return entries;
}

/** The field that names who signed: left out by a sender that signed it, added by a relay. */
const SIGNER_FIELD = { announce: 4, alert: 16, alertAck: 3 } as const;

/** `bytes` less every top-level occurrence of field `field`, the rest byte for byte. Throws MESHLOOM_ERR_MESSAGE_MALFORMED. */
function withoutField(name: string, bytes: Uint8Array, field: number): Uint8Array {
  const reader = protobuf.Reader.create(bytes);
  const kept: Uint8Array[] = [];
  try {
    while (reader.pos < reader.len) {
      const start = reader.pos;
      const tag = reader.uint32();
      reader.skipType(tag & 7);
      if (tag >>> 3 !== field) kept.push(bytes.subarray(start, reader.pos));
    }
  } catch (err) {
    throw appErrors.MESHLOOM_ERR_MESSAGE_MALFORMED(name, errorMessage(err));
  }
  return concatBytes(kept);
}

/** Signed bytes, then the signer as a fixed32 field when it must be named. */
function withSigner(signed: Uint8Array, field: number, signer: number | undefined): Uint8Array {
  if (!signer) return signed;
  return concatBytes([
    signed,
    protobuf.Writer.create()
      .uint32((field << 3) | 5)
      .fixed32(signer)
      .finish(),
  ]);
}

/** What a signature covers, besides the signer: see `signed` above. */
export const signedBytes = {
  announce: (body: AnnounceBody) =>
    body.signed ?? encodeWith(meshloom.Announce, { publicKey: body.publicKey, label: body.label, latestSeq: body.latestSeq, author: 0 }),
  alert: (body: AlertBody) => body.signed ?? encodeWith(meshloom.Alert, { ...body, author: 0 }),
  alertAck: (body: AlertAckBody) => body.signed ?? encodeWith(meshloom.AlertAck, { alertAuthor: body.alertAuthor, alertId: body.alertId, acker: 0 }),
};

export const bodies = {
  entries: {
    encode: encodeEntries,
    decode(bytes: Uint8Array): EntriesBody {
      const raw = decodeWith('Entries', meshloom.Entries, bytes);
      const list = raw.entry;
      check.count('entries', list, LIMITS.entriesPerMessage);
      const body: EntriesBody = {
        seq: check.uint('seq', raw.seq, 1),
        entries: list.map((e, i) => validateEntry(e, `entries[${i}]`)),
        bodies: entryBytesOf(bytes),
      };
      const author = optionalAuthor(raw.author);
      if (author !== undefined) body.author = author;
      if (body.entries.length === 0) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('entries', 'empty');
      return body;
    },
  },
  announce: {
    encode: (body: AnnounceBody) => withSigner(signedBytes.announce(body), SIGNER_FIELD.announce, body.author),
    decode(bytes: Uint8Array): AnnounceBody {
      const raw = decodeWith('Announce', meshloom.Announce, bytes);
      const body: AnnounceBody = {
        publicKey: check.bytes('publicKey', raw.publicKey, 32),
        label: check.text('label', raw.label, LIMITS.labelBytes),
        latestSeq: check.uint('latestSeq', raw.latestSeq),
        signed: withoutField('Announce', bytes, SIGNER_FIELD.announce),
      };
      const author = optionalAuthor(raw.author);
      if (author !== undefined) body.author = author;
      return body;
    },
  },
  alert: {
    encode: (body: AlertBody) => withSigner(signedBytes.alert(body), SIGNER_FIELD.alert, body.author),
    decode(bytes: Uint8Array): AlertBody {
      const body = validateAlertBody(decodeWith('Alert', meshloom.Alert, bytes));
      body.signed = withoutField('Alert', bytes, SIGNER_FIELD.alert);
      return body;
    },
  },
  alertAck: {
    encode: (body: AlertAckBody) => withSigner(signedBytes.alertAck(body), SIGNER_FIELD.alertAck, body.acker),
    decode(bytes: Uint8Array): AlertAckBody {
      const raw = decodeWith('AlertAck', meshloom.AlertAck, bytes);
      const body: AlertAckBody = {
        alertAuthor: check.uint('alertAuthor', raw.alertAuthor, 1),
        alertId: check.uint('alertId', raw.alertId, 1),
        signed: withoutField('AlertAck', bytes, SIGNER_FIELD.alertAck),
      };
      const acker = raw.acker === 0 ? undefined : check.uint('acker', raw.acker);
      if (acker !== undefined) body.acker = acker;
      return body;
    },
  },
  digest: {
    encode: (body: DigestBody) =>
      encodeWith(meshloom.Digest, {
        author: body.heads.map((h) => h.author),
        latest: body.heads.map((h) => h.latest),
        alertAuthor: (body.alerts ?? []).map((a) => a.author),
        alertId: (body.alerts ?? []).map((a) => a.id),
      }),
    decode(bytes: Uint8Array): DigestBody {
      const raw = decodeWith('Digest', meshloom.Digest, bytes);
      const authors = raw.author;
      const latest = raw.latest;
      if (authors.length !== latest.length) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('digest', 'authors and heads differ in number');
      check.count('digest', authors, LIMITS.digestHeads);
      if (raw.alertAuthor.length !== raw.alertId.length) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('digest', 'alert authors and ids differ in number');
      check.count('digest alerts', raw.alertAuthor, LIMITS.digestAlerts);
      const body: DigestBody = {
        heads: authors.map((a, i) => ({ author: check.uint(`author[${i}]`, a, 1), latest: check.uint(`latest[${i}]`, latest[i]) })),
      };
      if (raw.alertAuthor.length > 0) {
        body.alerts = raw.alertAuthor.map((a, i) => ({ author: check.uint(`alertAuthor[${i}]`, a, 1), id: check.uint(`alertId[${i}]`, raw.alertId[i], 1) }));
      }
      return body;
    },
  },
  request: {
    encode: (body: RequestBody) => encodeWith(meshloom.Request, body),
    decode(bytes: Uint8Array): RequestBody {
      const raw = decodeWith('Request', meshloom.Request, bytes);
      return { author: check.uint('author', raw.author, 1), fromSeq: check.uint('fromSeq', raw.fromSeq) };
    },
  },
  fragment: {
    encode: (body: FragmentBody) => encodeWith(meshloom.Fragment, body),
    decode(bytes: Uint8Array): FragmentBody {
      const raw = decodeWith('Fragment', meshloom.Fragment, bytes);
      const body: FragmentBody = {
        messageId: check.uint('messageId', raw.messageId),
        index: check.uint('index', raw.index),
        count: check.int('count', raw.count, 2, LIMITS.fragments),
        data: check.bytes('data', raw.data),
      };
      if (body.index >= body.count) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('index', `${body.index} is not below count ${body.count}`);
      if (body.data.length === 0) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('data', 'empty');
      return body;
    },
  },
} as const;
