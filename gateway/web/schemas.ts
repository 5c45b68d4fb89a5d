/** JSON schemas of the API: validation of what comes in, fast serialisation of what goes out, and OpenAPI. */
import { ENUMS, names } from './api-views.ts';

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const num = { type: 'number' } as const;
const numOrNull = { type: ['number', 'null'] } as const;
const bool = { type: 'boolean' } as const;
const int = { type: 'integer' } as const;

/** `field`, `rule` and `limit` say which field broke which rule, so a page can say it in its neighbour's language. */
export const errorSchema = {
  type: 'object',
  properties: { error: str, message: str, field: str, rule: str, limit: num },
  required: ['error', 'message'],
} as const;

export const entrySchema = {
  type: 'object',
  properties: {
    id: str,
    author: str,
    authorLabel: str,
    seq: int,
    at: str,
    kind: str,
    category: str,
    quantity: num,
    unit: str,
    member: str,
    note: str,
    toMember: str,
    corrects: str,
    void: bool,
    availability: str,
    wellbeing: str,
    step: str,
    about: str,
  },
} as const;

const responseSchema = { type: 'object', properties: { id: str, name: str, at: str } } as const;

export const needSchema = {
  type: 'object',
  properties: {
    ...entrySchema.properties,
    name: str,
    status: { type: 'string', enum: ['open', 'taken', 'done', 'withdrawn', 'expired'] },
    takenBy: { type: 'array', items: responseSchema },
    doneBy: { anyOf: [responseSchema, { type: 'null' }] },
    newsAt: str,
    askStill: bool,
  },
} as const;

const checkInSchema = {
  type: 'object',
  properties: { id: str, household: str, name: str, status: str, note: str, at: str },
} as const;

export const checkInsSchema = {
  type: 'object',
  properties: {
    since: str,
    /** Why that time: asked for in the query, set by the operator, the latest alert's, or the last day. */
    sinceReason: { type: 'string', enum: ['asked', 'operator', 'alert', 'day'] },
    alertHeadline: strOrNull,
    safe: int,
    needHelp: int,
    households: { type: 'array', items: checkInSchema },
  },
} as const;

export const alertSchema = {
  type: 'object',
  properties: {
    id: str,
    author: str,
    authorLabel: str,
    number: int,
    msgType: str,
    headline: str,
    event: str,
    instruction: str,
    area: str,
    severity: str,
    urgency: str,
    certainty: str,
    category: str,
    response: str,
    references: { type: 'array', items: str },
    sentAt: str,
    expiresAt: str,
    active: bool,
    superseded: bool,
    ackedBy: { type: 'array', items: str },
    ackedByNames: { type: 'array', items: str },
  },
} as const;

export const nodeSchema = {
  type: 'object',
  properties: {
    id: str,
    longName: str,
    shortName: str,
    lastHeard: strOrNull,
    snr: numOrNull,
    rssi: numOrNull,
    hops: numOrNull,
    battery: numOrNull,
    latitude: numOrNull,
    longitude: numOrNull,
    isGateway: bool,
    isSelf: bool,
  },
} as const;

export const messageSchema = {
  type: 'object',
  properties: { id: int, from: str, fromName: str, text: str, at: str, own: bool, state: strOrNull },
} as const;

export const totalsSchema = {
  type: 'object',
  properties: {
    period: str,
    since: strOrNull,
    totals: {
      type: 'array',
      items: { type: 'object', properties: { category: str, unit: str, quantity: num, entries: int } },
    },
  },
} as const;

export const statusSchema = {
  type: 'object',
  properties: {
    /** id: the author id this gateway writes as; radio: its radio's node number (they differ after a new identity). */
    gateway: { type: 'object', properties: { id: strOrNull, radio: strOrNull, label: str, started: str } },
    link: { type: 'object', properties: { state: str, description: strOrNull, lastHeard: strOrNull } },
    queue: { type: 'object', properties: { radio: int } },
    airtime: { type: 'object', properties: { usedMs: num, budgetMs: num } },
    syncLag: int,
    entries: int,
    sseClients: int,
    secretRequired: bool,
    quarantined: int,
    /** Set while the gateway gets its own ledger back from its neighbours after losing its disk. */
    recovery: {
      type: 'object',
      /**
       * peersHeard: a neighbouring gateway has answered since this start; if none does, an operator may start a new
       * identity. checking: just started, submissions are held while the neighbours may still show a longer own chain.
       */
      properties: { recovering: bool, checking: bool, since: strOrNull, held: int, peersHeard: bool },
    },
    federation: {
      type: 'object',
      properties: {
        enabled: bool,
        connected: bool,
        broker: strOrNull,
        name: strOrNull,
        outboxSize: int,
        framesIn: int,
        framesOut: int,
        ignored: int,
        uplinked: int,
        downlinked: int,
      },
    },
  },
} as const;

const enumOf = (table: Readonly<Record<string, number>>) => ({ type: 'string', enum: names(table) }) as const;

/** A name as people write it: not empty, no "@" (it separates a name from its gateway on the wire). */
const personName = { type: 'string', minLength: 1, maxLength: 32, pattern: '^[^@\\s][^@]*$' } as const;

export const newEntrySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'member'],
  properties: {
    // Check-ins and responses have routes of their own, with the fields they need.
    kind: { type: 'string', enum: names(ENUMS.Kind).filter((k) => k !== 'check_in' && k !== 'response') },
    category: enumOf(ENUMS.Category),
    quantity: { type: 'number', minimum: 0, maximum: 100_000 },
    unit: enumOf(ENUMS.Unit),
    member: personName,
    note: { type: 'string', maxLength: 200 },
    toMember: { type: 'string', maxLength: 42 },
    corrects: { type: 'integer', minimum: 1 },
    void: { type: 'boolean' },
    availability: enumOf(ENUMS.Availability),
  },
} as const;

export const newCheckInSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['household', 'status'],
  properties: { household: personName, status: enumOf(ENUMS.Wellbeing), note: { type: 'string', maxLength: 200 } },
} as const;

export const newResponseSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['about', 'step', 'member'],
  properties: {
    /** The need or offer, as its id: "!6d6c0001/12". */
    about: { type: 'string', pattern: '^![0-9a-f]{8}/[1-9][0-9]{0,9}$' },
    step: enumOf(ENUMS.Step),
    member: personName,
  },
} as const;

export const newAlertSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['headline', 'severity'],
  properties: {
    headline: { type: 'string', minLength: 1, maxLength: 120 },
    event: { type: 'string', maxLength: 60 },
    instruction: { type: 'string', maxLength: 600 },
    area: { type: 'string', maxLength: 160 },
    severity: enumOf(ENUMS.Severity),
    urgency: enumOf(ENUMS.Urgency),
    certainty: enumOf(ENUMS.Certainty),
    category: enumOf(ENUMS.AlertCategory),
    response: enumOf(ENUMS.ResponseType),
    /** federated (default): to every federated neighbourhood; local: this mesh only. */
    scope: enumOf(ENUMS.Scope),
    expiresInMinutes: { type: 'integer', minimum: 1, maximum: 7 * 24 * 60 },
  },
} as const;

export const newMessageSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1, maxLength: 200 }, name: { type: 'string', maxLength: 32, pattern: '^[^@:]*$' } },
} as const;

export const loginSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['password'],
  properties: { password: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

/** What /docs offers under "Authorize" for a route (the schemes are declared in build-app.ts). */
export const OPERATOR_ONLY = [{ operator: [] }];
export const SECRET_WORDS = [{ neighbourhood: [] }];
