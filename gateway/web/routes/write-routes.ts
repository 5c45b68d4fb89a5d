/**
 * What neighbours may record: ledger entries, check-ins, news of needs and offers, chat. Rate-limited per client;
 * the secret when the gateway has one. A phone may name each submission with an `idempotency-key`: sent again
 * after a lost answer, it gets the first answer back and nothing is recorded twice.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { passCookie, passFromCookies } from '../neighbour-pass.ts';
import { type Entry, Kind, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { ENUMS, enumValue, messageJson } from '../api-views.ts';
import { SECRET_WORDS, errorSchema, messageSchema, newCheckInSchema, newEntrySchema, newMessageSchema, newResponseSchema } from '../schemas.ts';
import { nodeNames, type WebDeps } from '../web-deps.ts';
import { appErrors } from '../../../protocol/app/errors.ts';
import { webErrors } from '../errors.ts';
import { nodeId } from '../../../protocol/meshtastic/node-db.ts';
import { RECOVERY_META } from '../../../protocol/engine/chain-sync.ts';
import type { StoredAnswer } from '../../../store/submission-log.ts';

interface NewEntryBody {
  kind: string;
  category?: string;
  quantity?: number;
  unit?: string;
  member: string;
  note?: string;
  toMember?: string;
  corrects?: number;
  void?: boolean;
  availability?: string;
}

export const WRITE_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

const recorded = {
  201: { type: 'object', properties: { id: { type: 'string' }, author: { type: 'string' }, seq: { type: 'integer' } } },
  202: {
    description:
      'Kept: the gateway is recovering its own ledger from its neighbours, or has just started and is checking that none of them holds more of it, and records the entry once that is done',
    type: 'object',
    properties: { held: { type: 'boolean' }, author: { type: 'string' }, message: { type: 'string' } },
  },
  400: errorSchema,
  401: errorSchema,
  404: errorSchema,
  429: errorSchema,
  503: errorSchema,
} as const;

export function writeRoutes(deps: WebDeps) {
  return async (app: FastifyInstance) => {
    const { gateway } = deps;
    const requireSecret = async (request: FastifyRequest, reply: FastifyReply) => {
      const { newPass } = deps.auth.checkSecret(request.headers['x-meshloom-secret'] as string | undefined, passFromCookies(request.headers.cookie));
      if (newPass) reply.header('set-cookie', passCookie(newPass));
    };

    /** Runs a submission once per idempotency key; the answer and what it recorded are committed together. */
    const once = (request: FastifyRequest, reply: FastifyReply, submit: () => StoredAnswer) => {
      const key = request.headers['idempotency-key'];
      if (key === undefined) {
        const answer = submit();
        return reply.code(answer.status).send(answer.body);
      }
      if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
        throw webErrors.MESHLOOM_ERR_BAD_REQUEST('idempotency-key must be 8 to 64 letters, digits, "-" or "_"');
      }
      const earlier = gateway.submissions.answer(key);
      if (earlier) return reply.code(earlier.status).header('idempotent-replayed', 'true').send(earlier.body);
      const answer = gateway.store.transaction(() => {
        const fresh = submit();
        gateway.submissions.remember(key, fresh, deps.now());
        return fresh;
      });
      return reply.code(answer.status).send(answer.body);
    };

    const record = (entry: Entry): StoredAnswer => {
      const { author, seq } = gateway.postEntry(entry);
      const authorId = nodeId(author);
      if (seq === 0) {
        return {
          status: 202,
          body: {
            held: true,
            author: authorId,
            message: 'Kept. This gateway is checking its ledger with its neighbours and will record it as soon as that is done.',
          },
        };
      }
      return { status: 201, body: { id: `${authorId}/${seq}`, author: authorId, seq } };
    };

    /** While the gateway recovers its own chain it cannot know its own entries yet; otherwise a target must exist. */
    const ownEntryExists = (seq: number): boolean => {
      const self = gateway.engine?.author;
      if (self === undefined || gateway.store.getMeta(RECOVERY_META) !== undefined) return true;
      const kind = gateway.store.views.entryKind(self, seq);
      return kind !== undefined && kind !== Kind.CORRECTION && kind !== Kind.RESPONSE;
    };

    app.post(
      '/entries',
      {
        config: { rateLimit: WRITE_RATE_LIMIT },
        preHandler: requireSecret,
        schema: {
          security: SECRET_WORDS,
          summary: 'Record a contribution, need, offer, credit, resource or correction',
          body: newEntrySchema,
          response: recorded,
        },
      },
      async (request, reply) => {
        const body = request.body as NewEntryBody;
        const kind = enumValue(ENUMS.Kind, body.kind) as number;
        if (kind === Kind.CREDIT && !body.toMember) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('toMember', 'a credit needs someone to receive it');
        if (kind === Kind.CORRECTION && !body.corrects) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('corrects', 'a correction names the entry it corrects');
        if (kind === Kind.CORRECTION && !ownEntryExists(body.corrects as number)) {
          throw webErrors.MESHLOOM_ERR_NOT_FOUND(`this gateway recorded no entry number ${body.corrects} that can be corrected`);
        }
        return once(request, reply, () =>
          record(
            entryDefaults({
              minute: toMinute(deps.now()),
              kind: kind as Entry['kind'],
              ...(body.category ? { category: enumValue(ENUMS.Category, body.category) as never } : {}),
              ...(body.unit ? { unit: enumValue(ENUMS.Unit, body.unit) as never } : {}),
              ...(body.availability ? { availability: enumValue(ENUMS.Availability, body.availability) as never } : {}),
              tenths: Math.round((body.quantity ?? 0) * 10),
              member: body.member.trim(),
              note: body.note?.trim() ?? '',
              toMember: body.toMember?.trim() ?? '',
              refSeq: body.corrects ?? 0,
              void: body.void ?? false,
            }),
          ),
        );
      },
    );

    app.post(
      '/check-ins',
      {
        config: { rateLimit: WRITE_RATE_LIMIT },
        preHandler: requireSecret,
        schema: { security: SECRET_WORDS, summary: 'A household says it is safe, or that it needs help', body: newCheckInSchema, response: recorded },
      },
      async (request, reply) => {
        const body = request.body as { household: string; status: string; note?: string };
        return once(request, reply, () =>
          record(
            entryDefaults({
              minute: toMinute(deps.now()),
              kind: Kind.CHECK_IN,
              member: body.household.trim(),
              wellbeing: enumValue(ENUMS.Wellbeing, body.status) as Entry['wellbeing'],
              note: body.note?.trim() ?? '',
            }),
          ),
        );
      },
    );

    app.post(
      '/responses',
      {
        config: { rateLimit: WRITE_RATE_LIMIT },
        preHandler: requireSecret,
        schema: {
          security: SECRET_WORDS,
          summary: 'News of a need or an offer: someone takes it ("I can help"), it is done, or it is still open',
          body: newResponseSchema,
          response: recorded,
        },
      },
      async (request, reply) => {
        const body = request.body as { about: string; step: string; member: string };
        const [authorHex, seqText] = body.about.slice(1).split('/') as [string, string];
        const refAuthor = Number.parseInt(authorHex, 16);
        const refSeq = Number(seqText);
        const kind = gateway.store.views.entryKind(refAuthor, refSeq);
        if (kind !== Kind.NEED && kind !== Kind.OFFER) throw webErrors.MESHLOOM_ERR_NOT_FOUND(`there is no need or offer ${body.about} in this ledger`);
        return once(request, reply, () =>
          record(
            entryDefaults({
              minute: toMinute(deps.now()),
              kind: Kind.RESPONSE,
              member: body.member.trim(),
              refAuthor,
              refSeq,
              step: enumValue(ENUMS.Step, body.step) as Entry['step'],
            }),
          ),
        );
      },
    );

    app.post(
      '/messages',
      {
        config: { rateLimit: WRITE_RATE_LIMIT },
        preHandler: requireSecret,
        schema: {
          security: SECRET_WORDS,
          summary: 'Send a chat message to the whole channel, signed with the name of the neighbour who wrote it',
          body: newMessageSchema,
          response: { 201: messageSchema, 400: errorSchema, 401: errorSchema, 429: errorSchema },
        },
      },
      async (request, reply) => {
        const body = request.body as { text: string; name?: string };
        return once(request, reply, () => ({ status: 201, body: messageJson(gateway.sendChat(body.text.trim(), body.name ?? ''), nodeNames(deps)) }));
      },
    );
  };
}
