// A NUL byte or a lone UTF-16 surrogate in any request string is a 422 naming the field, never a
// PostgreSQL error (22021, 22P02) surfacing as a 500. Walks the API contract, so a new endpoint or
// field is checked the day it is added.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { api, type Endpoint } from '@/lib/schemas/api';
import { ZOpenBankingWebhook } from '@/lib/schemas/checkout';
import { ZText } from '@/lib/schemas/common';
import { ZCheckoutHandshake, ZRealtimeHandshake } from '@/lib/schemas/realtime';
import { ZPasswordCredentials, ZPinCredentials } from '@/lib/schemas/session';
import { POST as discountRoute } from '@/app/api/v1/orders/[id]/discounts/route';
import { POST as createOrderRoute } from '@/app/api/v1/orders/route';
import { dataOf } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { call, type Handler, sessionCookie } from '../http';
import { inputWith, type StringField, stringFields, UNSTORABLE_TEXT } from '../request-strings';

type RouteHandler = Handler & { endpoint?: Endpoint };
const modules = import.meta.glob<Record<string, RouteHandler>>(
  ['../../app/api/**/route.ts', '!../../app/api/auth/**'],
  { eager: true },
);
const handlers = Object.values(modules).flatMap((module) =>
  Object.values(module).filter((value): value is RouteHandler => typeof value === 'function' && 'endpoint' in value),
);

const TEXT_MESSAGE = ZText.safeParse('\u0000').error!.issues[0]!.message;
const PARTS = ['params', 'query', 'body'] as const;
type Case = { label: string; endpoint: Endpoint; part: (typeof PARTS)[number]; field: StringField };

const cases: Case[] = Object.entries(api).flatMap(([name, endpoint]: [string, Endpoint]) =>
  PARTS.flatMap((part) =>
    (endpoint[part] ? stringFields(endpoint[part]) : []).map((field) => ({
      label: `${name} ${part}.${field.path.join('.')}`,
      endpoint,
      part,
      field,
    })),
  ),
);

/** Request schemas outside the HTTP contract: sign-in forms, the bank's webhook, socket handshakes. */
const OTHER_SCHEMAS: [string, z.ZodType][] = [
  ['password sign-in', ZPasswordCredentials],
  ['PIN sign-in', ZPinCredentials],
  ['open-banking webhook', ZOpenBankingWebhook],
  ['staff socket handshake', ZRealtimeHandshake],
  ['customer socket handshake', ZCheckoutHandshake],
];
const otherCases = OTHER_SCHEMAS.flatMap(([name, schema]) =>
  stringFields(schema).map((field) => ({ label: `${name} ${field.path.join('.')}`, schema, field })),
);

function expectRefused(schema: z.ZodType, field: StringField) {
  for (const bad of UNSTORABLE_TEXT) {
    const alone = field.schema.safeParse(bad);
    expect(alone.success, JSON.stringify(bad)).toBe(false);
    // A format (uuid, email, date) refuses any other text by itself; free text must use ZText.
    if (!field.format) expect(alone.error!.issues.map((issue) => issue.message)).toContain(TEXT_MESSAGE);
    if (field.isKey) continue;
    const whole = schema.safeParse(inputWith(field.path, bad));
    expect(whole.error?.issues.map((issue) => issue.path.join('.'))).toContain(field.path.join('.'));
  }
}

describe('request text: every string a request schema accepts refuses NUL and lone surrogates', () => {
  it('the walk finds the strings of bodies, queries and params', () => {
    expect(cases.filter((entry) => entry.part === 'body').length).toBeGreaterThan(30);
    expect(cases.some((entry) => entry.part === 'query')).toBe(true);
    expect(cases.some((entry) => entry.part === 'params')).toBe(true);
  });

  it.each(cases.map((entry) => [entry.label, entry] as const))('%s', (_, entry) => {
    expectRefused(entry.endpoint[entry.part]!, entry.field);
  });

  it.each(otherCases.map((entry) => [entry.label, entry] as const))('%s', (_, entry) => {
    expectRefused(entry.schema, entry.field);
  });
});

/** Params that pass their schema, so the request reaches the query or body. */
function validParams(endpoint: Endpoint): Record<string, string> {
  if (!endpoint.params) return {};
  return Object.fromEntries(
    stringFields(endpoint.params).map((field) => {
      const id = randomUUID();
      return [String(field.path[0]), field.schema.safeParse(id).success ? id : 'a'.repeat(24)];
    }),
  );
}

function urlFor(endpoint: Endpoint, params: Record<string, string>) {
  return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
}

/**
 * A URL carries UTF-8 bytes: a lone surrogate cannot be percent-encoded, and broken UTF-8 decodes
 * to U+FFFD. A NUL (%00) is what a query or a path can smuggle in.
 */
const IN_A_URL = [UNSTORABLE_TEXT[0]];

describe('request text: through the real route handlers', () => {
  const reachable = cases.filter((entry) => entry.part !== 'params' && !entry.field.isKey);

  it.each(reachable.map((entry) => [entry.label, entry] as const))(
    '%s: 422 VALIDATION_FAILED naming the field',
    async (_, { endpoint, part, field }) => {
      const handler = handlers.find((candidate) => candidate.endpoint === endpoint);
      expect(handler, 'a route implements the endpoint').toBeDefined();
      const cookie = await sessionCookie({ userId: demo.users.owner, locationId: demo.locationId });
      for (const bad of part === 'body' ? UNSTORABLE_TEXT : IN_A_URL) {
        const params = validParams(endpoint);
        const input = inputWith(field.path, bad) as Record<string, string>;
        const query = part === 'query' ? `?${new URLSearchParams(input).toString()}` : '';
        const response = await call(handler!, {
          method: endpoint.method,
          path: `${urlFor(endpoint, params)}${query}`,
          params,
          cookie,
          body: part === 'body' ? input : undefined,
          headers: endpoint.idempotency ? { 'idempotency-key': randomUUID() } : {},
        });
        expect(response.status, JSON.stringify(response.body)).toBe(422);
        expect(response.body.error?.code).toBe('VALIDATION_FAILED');
        const details = response.body.error?.details as { path: string; message: string }[];
        expect(details).toContainEqual(expect.objectContaining({ path: field.path.join('.') }));
      }
    },
  );

  const inParams = cases.filter((entry) => entry.part === 'params');
  it.each(inParams.map((entry) => [entry.label, entry] as const))(
    '%s: an id or token with a NUL names nothing (404), never a 500',
    async (_, { endpoint, field }) => {
      const handler = handlers.find((candidate) => candidate.endpoint === endpoint)!;
      const cookie = await sessionCookie({ userId: demo.users.owner, locationId: demo.locationId });
      for (const bad of IN_A_URL) {
        const params = { ...validParams(endpoint), [String(field.path[0])]: bad };
        const response = await call(handler, {
          method: endpoint.method,
          path: urlFor(endpoint, params),
          params,
          cookie,
          body: endpoint.body && endpoint.method !== 'GET' ? {} : undefined,
        });
        expect(response.status).toBe(404);
      }
    },
  );
});

describe('request text: requests that were 500s', () => {
  it('a NUL in the note of an otherwise good order is a 422 on lines.0.note (was PostgreSQL 22021)', async () => {
    const cookie = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    // Raw, like the discount below: the text is what these tests send on purpose.
    const response = await call(createOrderRoute, {
      method: 'POST',
      path: '/api/v1/orders',
      cookie,
      body: { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1, note: 'no salt\u0000' }] },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'lines.0.note', message: TEXT_MESSAGE }],
    });
  });

  it('a lone surrogate in a discount reason is a 422 on reason (was PostgreSQL 22P02 in the audit row)', async () => {
    const cookie = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const created = await createOrderAs(cookie, { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] });
    const { order } = dataOf(created);
    const response = await call(discountRoute, {
      method: 'POST',
      path: `/api/v1/orders/${order.id}/discounts`,
      params: { id: order.id },
      cookie,
      body: { kind: 'PERCENT', percentBps: 500, reason: 'Regular \uD83D' },
    });
    expect(response.status).toBe(422);
    expect(response.body.error?.details).toEqual([expect.objectContaining({ path: 'reason', message: TEXT_MESSAGE })]);
  });
});
