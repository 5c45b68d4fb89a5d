/** fast-check arbitraries for every meshloom message. */
import fc from 'fast-check';
import {
  AlertCategory,
  Availability,
  Category,
  Certainty,
  Kind,
  MsgType,
  ResponseType,
  Scope,
  Severity,
  Step,
  Unit,
  Urgency,
  Wellbeing,
  type AlertBody,
  type Entry,
} from '../../../protocol/app/messages.ts';
import type { AppMessage } from '../../../protocol/app/packet-format.ts';

const enumOf = <T extends Record<string, number>>(values: T) => fc.constantFrom(...(Object.values(values) as T[keyof T][]));
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const author = fc.integer({ min: 1, max: 0xffffffff });
const text = (maxLength: number) => fc.string({ maxLength, unit: 'grapheme' }).filter((s) => new TextEncoder().encode(s).length <= maxLength);

const entry: fc.Arbitrary<Entry> = fc
  .record({
    minute: fc.integer({ min: 0, max: 5_000_000 }),
    kind: enumOf(Kind),
    category: enumOf(Category),
    tenths: fc.integer({ min: 0, max: 100_000 }),
    unit: enumOf(Unit),
    member: text(32),
    note: text(60),
    toMember: text(32),
    refAuthor: u32,
    refSeq: fc.integer({ min: 1, max: 100_000 }),
    void: fc.boolean(),
    availability: enumOf(Availability),
    wellbeing: enumOf(Wellbeing),
    step: enumOf(Step),
  })
  // A check-in always names its household.
  .map((e) => (e.kind === Kind.CHECK_IN && e.member.trim() === '' ? { ...e, member: 'household' } : e));

const signature = fc.uint8Array({ minLength: 64, maxLength: 64 });

const alertBody: fc.Arbitrary<AlertBody> = fc
  .record({
    id: fc.integer({ min: 1, max: 1_000_000 }),
    sentMinute: u32,
    expiresMinute: u32,
    headline: text(80),
    event: text(40),
    instruction: text(200),
    area: text(60),
    severity: enumOf(Severity),
    urgency: enumOf(Urgency),
    certainty: enumOf(Certainty),
    category: enumOf(AlertCategory),
    response: enumOf(ResponseType),
    msgType: enumOf(MsgType),
    references: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 3 }),
    circle: fc.option(
      fc.record({
        latitudeE5: fc.integer({ min: -9_000_000, max: 9_000_000 }),
        longitudeE5: fc.integer({ min: -18_000_000, max: 18_000_000 }),
        radiusM: fc.integer({ min: 0, max: 100_000 }),
      }),
      { nil: undefined },
    ),
    author: fc.option(author, { nil: undefined }),
    local: fc.boolean(),
  })
  .map((a) => {
    const { circle, author: who, local, ...rest } = a;
    return { ...rest, ...(circle ? { circle } : {}), ...(who ? { author: who } : {}), ...(local ? { scope: Scope.LOCAL } : {}) };
  });

export const appMessage: fc.Arbitrary<AppMessage> = fc.oneof(
  fc
    .record({
      seq: fc.integer({ min: 1, max: 1_000_000 }),
      entries: fc.array(entry, { minLength: 1, maxLength: 4 }),
      author: fc.option(author, { nil: undefined }),
      signature: fc.option(signature, { nil: undefined }),
    })
    .map(({ seq, entries, author: who, signature: sig }) => ({
      type: 'entries' as const,
      body: { seq, entries, ...(who ? { author: who } : {}) },
      ...(sig ? { signature: sig } : {}),
    })),
  fc
    .record({
      publicKey: fc.uint8Array({ minLength: 32, maxLength: 32 }),
      label: text(40),
      latestSeq: u32,
      author: fc.option(author, { nil: undefined }),
      signature,
    })
    .map(({ signature: sig, author: who, ...body }) => ({ type: 'announce' as const, body: { ...body, ...(who ? { author: who } : {}) }, signature: sig })),
  fc.record({ body: alertBody, signature }).map(({ body, signature: sig }) => ({ type: 'alert' as const, body, signature: sig })),
  fc
    .record({ alertAuthor: author, alertId: fc.integer({ min: 1, max: 1000 }), acker: fc.option(author, { nil: undefined }), signature })
    .map(({ signature: sig, acker, ...body }) => ({ type: 'alertAck' as const, body: { ...body, ...(acker ? { acker } : {}) }, signature: sig })),
  fc.array(fc.record({ author, latest: u32 }), { maxLength: 20 }).map((heads) => ({ type: 'digest' as const, body: { heads } })),
  fc.record({ author, fromSeq: u32 }).map((body) => ({ type: 'request' as const, body })),
  fc
    .record({ messageId: u32, count: fc.integer({ min: 2, max: 32 }), data: fc.uint8Array({ minLength: 1, maxLength: 200 }) })
    .chain(({ messageId, count, data }) =>
      fc.integer({ min: 0, max: count - 1 }).map((index) => ({ type: 'fragment' as const, body: { messageId, index, count, data } })),
    ),
);
