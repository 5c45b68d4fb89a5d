/** What neighbours may record: ledger entries and chat. Rate-limited per client; the secret when the gateway has one. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { passCookie, passFromCookies } from '../neighbour-pass.ts';
import { Kind, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { ENUMS, enumValue, messageJson } from '../api-views.ts';
import { errorSchema, messageSchema, newEntrySchema, newMessageSchema } from '../schemas.ts';
import { nodeNames, type WebDeps } from '../web-deps.ts';
import { appErrors } from '../../../protocol/app/errors.ts';

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

export function writeRoutes(deps: WebDeps) {
  return async (app: FastifyInstance) => {
    const requireSecret = async (request: FastifyRequest, reply: FastifyReply) => {
      const { newPass } = deps.auth.checkSecret(request.headers['x-meshloom-secret'] as string | undefined, passFromCookies(request.headers.cookie));
      if (newPass) reply.header('set-cookie', passCookie(newPass));
    };

    app.post(
      '/entries',
      {
        config: { rateLimit: WRITE_RATE_LIMIT },
        preHandler: requireSecret,
        schema: {
          summary: 'Record a contribution, need, offer, credit, resource or correction',
          body: newEntrySchema,
          response: {
            201: { type: 'object', properties: { id: { type: 'string' }, author: { type: 'string' }, seq: { type: 'integer' } } },
            202: {
              description: 'Kept: the gateway is recovering its own ledger from its neighbours, and records the entry once that is done',
              type: 'object',
              properties: { held: { type: 'boolean' }, author: { type: 'string' }, message: { type: 'string' } },
            },
            400: errorSchema,
            401: errorSchema,
            429: errorSchema,
            503: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const body = request.body as NewEntryBody;
        const kind = enumValue(ENUMS.Kind, body.kind) as number;
        if (kind === Kind.CREDIT && !body.toMember) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('toMember', 'a credit needs someone to receive it');
        if (kind === Kind.CORRECTION && !body.corrects) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('corrects', 'a correction names the entry it corrects');
        const entry = entryDefaults({
          minute: toMinute(deps.now()),
          kind: kind as (typeof Kind)[keyof typeof Kind],
          ...(body.category ? { category: enumValue(ENUMS.Category, body.category) as never } : {}),
          ...(body.unit ? { unit: enumValue(ENUMS.Unit, body.unit) as never } : {}),
          ...(body.availability ? { availability: enumValue(ENUMS.Availability, body.availability) as never } : {}),
          tenths: Math.round((body.quantity ?? 0) * 10),
          member: body.member.trim(),
          note: body.note?.trim() ?? '',
          toMember: body.toMember?.trim() ?? '',
          refSeq: body.corrects ?? 0,
          void: body.void ?? false,
        });
        const { author, seq } = deps.gateway.postEntry(entry);
        const authorId = `!${author.toString(16).padStart(8, '0')}`;
        if (seq === 0) {
          return reply.code(202).send({
            held: true,
            author: authorId,
            message: 'Kept. This gateway is getting its ledger back from its neighbours and will record it then.',
          });
        }
        return reply.code(201).send({ id: `${authorId}/${seq}`, author: authorId, seq });
      },
    );

    app.post(
      '/messages',
      {
        config: { rateLimit: WRITE_RATE_LIMIT },
        preHandler: requireSecret,
        schema: {
          summary: 'Send a chat message to the whole channel',
          body: newMessageSchema,
          response: { 201: messageSchema, 400: errorSchema, 401: errorSchema, 429: errorSchema },
        },
      },
      async (request, reply) => {
        const message = deps.gateway.sendChat((request.body as { text: string }).text.trim());
        return reply.code(201).send(messageJson(message, nodeNames(deps)));
      },
    );
  };
}
