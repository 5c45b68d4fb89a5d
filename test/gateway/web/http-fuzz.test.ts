/**
 * A schema-driven HTTP fuzz of the gateway's API: every route of its OpenAPI document, each query parameter,
 * path parameter and body field given malformed and boundary values (unicode edge cases, huge and non-finite
 * numbers, wrong types, missing and unknown fields, bodies that are not JSON), as a neighbour and as an operator.
 * No answer may be a 5xx, and the gateway must serve normally afterwards (issue 14, "Poison").
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_PASSWORD, startWebFixture, type WebFixture } from './web-fixture.ts';

let web: WebFixture;
let operator: Record<string, string>;
beforeAll(async () => {
  web = await startWebFixture();
  await web.app.ready();
  const login = await web.app.inject({ method: 'POST', url: '/api/operator/login', payload: { password: OPERATOR_PASSWORD } });
  operator = { authorization: `Bearer ${login.json().token as string}` };
});
afterAll(async () => {
  await web.close();
});

interface Operation {
  method: 'GET' | 'POST';
  path: string;
  query: string[];
  pathParams: string[];
  body: string[];
}

/** Every operation the OpenAPI document lists, but the live event stream (it never ends). */
function operations(): Operation[] {
  const doc = web.app.swagger() as {
    paths: Record<
      string,
      Record<
        string,
        { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }
      >
    >;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (path === '/api/events') continue;
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        query: params.filter((p) => p.in === 'query').map((p) => p.name),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        body: Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
      });
    }
  }
  return ops;
}

const NASTY_TEXT = [
  '',
  'a\ud800b',
  '\udc00',
  '🔥'.repeat(41),
  '🔥'.repeat(300),
  'x'.repeat(20_000),
  '\u0000nul',
  '\u202eRTL override',
  'e\u0301\u0301\u0301',
  '<script>alert(1)</script>',
  "'; DROP TABLE entries; --",
  '../../etc/passwd',
  '%00',
];
const NASTY_NUMBERS = ['-1', '0', '1e20', 'Infinity', '-Infinity', 'NaN', '1.5', '9007199254740993', '0x10', '', ' 1', '1,2', '%ED%A0%80', '%ZZ', '%'];
const NASTY_JSON: unknown[] = [null, true, -1, 0, 1e308, -1e308, 1.5, 2 ** 53 + 1, [], {}, ['a'], { a: 1 }, ...NASTY_TEXT];

const value = fc.oneof(fc.constantFrom(...NASTY_TEXT), fc.constantFrom(...NASTY_NUMBERS));
const jsonValue = fc.oneof(fc.constantFrom(...NASTY_JSON), fc.string(), fc.integer(), fc.double());

/** Percent-encoded UTF-8, as a client would send it (a lone surrogate goes as U+FFFD); a value starting with % goes raw. */
function encoded(text: string): string {
  if (text.startsWith('%')) return text;
  return [...new TextEncoder().encode(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

function url(op: Operation, pathValue: string, query: Record<string, string>): string {
  let path = op.path;
  for (const name of op.pathParams) path = path.replace(`{${name}}`, encoded(pathValue));
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

describe('HTTP fuzz', () => {
  it('answers every route with no 5xx, whatever the query, path and body', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(12);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        value,
        fc.dictionary(fc.constantFrom('limit', 'offset', 'kind', 'category', 'member', 'since', 'until', 'period', 'unknown'), value, { maxKeys: 4 }),
        fc.dictionary(fc.string({ maxLength: 12 }), jsonValue, { maxKeys: 3 }),
        fc.array(jsonValue, { minLength: 0, maxLength: 11 }),
        fc.boolean(),
        fc.constantFrom('json', 'not-json', 'none'),
        async (op, pathValue, query, extraFields, fieldValues, asOperator, bodyKind) => {
          const body: Record<string, unknown> = { ...extraFields };
          op.body.forEach((field, i) => {
            if (i < fieldValues.length) body[field] = fieldValues[i];
          });
          const headers: Record<string, string> = asOperator ? { ...operator } : {};
          let payload: string | undefined;
          if (op.method === 'POST' && bodyKind !== 'none') {
            headers['content-type'] = 'application/json';
            payload = bodyKind === 'json' ? JSON.stringify(body) : '{"headline": "unterminated';
          }
          const res = await web.app.inject({ method: op.method, url: url(op, pathValue, query), headers, ...(payload !== undefined ? { payload } : {}) });
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          expect(res.statusCode, `${op.method} ${url(op, pathValue, query)} ${payload ?? ''}`).toBeLessThan(500);
        },
      ),
      { numRuns: 600, seed: 20261129 },
    );
    // The fuzz reached past validation too, not only 400s.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
  }, 120_000);

  it('every query parameter and body field alone takes each nasty value without a 5xx', async () => {
    const failures: string[] = [];
    for (const op of operations()) {
      for (const name of op.query) {
        for (const v of [...NASTY_TEXT, ...NASTY_NUMBERS]) {
          const res = await web.app.inject({ method: op.method, url: url(op, '1', { [name]: v }), headers: operator });
          if (res.statusCode >= 500) failures.push(`${op.method} ${op.path}?${name}=${JSON.stringify(v)}: ${res.statusCode}`);
        }
      }
      for (const field of op.body) {
        for (const v of NASTY_JSON) {
          const res = await web.app.inject({ method: op.method, url: url(op, '1', {}), headers: operator, payload: { [field]: v } as object });
          if (res.statusCode >= 500) failures.push(`${op.method} ${op.path} {${field}: ${JSON.stringify(v)}}: ${res.statusCode}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('serves normally afterwards', async () => {
    expect((await web.app.inject('/api/status')).statusCode).toBe(200);
    expect((await web.app.inject('/api/ledger')).statusCode).toBe(200);
    expect((await web.app.inject('/api/alerts')).statusCode).toBe(200);
    expect((await web.app.inject('/')).statusCode).toBe(200);
  });
});
