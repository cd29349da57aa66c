// The route wrapper's promises: clear errors in one shape, never a 500 for a caller's mistake,
// a request id on every answer, Idempotency-Key replay, CSRF and size guards.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { POST as verifyApproval } from '@/app/api/v1/approvals/verify/route';
import { POST as pairDevice } from '@/app/api/v1/devices/pair/route';
import { GET as menu } from '@/app/api/v1/menu/route';
import { dataOf, errorOf, testApi } from '../api-client';
import { createDevice, demo } from '../factories/staff';
import { call, sessionCookie } from '../http';

const owner = () => sessionCookie({ userId: demo.users.owner, locationId: demo.locationId });
const manager = () => sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });

describe('api: menu', () => {
  // Raw where the test is about the error body itself, or sends a cookie no browser would.
  it('anonymous GET /api/v1/menu is 401 with the error body', async () => {
    const response = await call(menu, { path: '/api/v1/menu' });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } });
  });

  it('the owner sees the demo menu: ≥ 6 categories, ≥ 30 items, integer pence, modifier rules', async () => {
    const response = await testApi({ cookie: await owner() }).request('menu', {});
    expect(response.status).toBe(200);
    const { categories, stations } = dataOf(response);
    const items = categories.flatMap((category) => category.items);
    expect(categories.length).toBeGreaterThanOrEqual(6);
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const item of items) expect(Number.isInteger(item.pricePence) && item.pricePence > 0).toBe(true);
    const flatWhite = items.find((item) => item.name === 'Flat white');
    expect(flatWhite?.pricePence).toBe(340); // £3.40
    expect(flatWhite?.modifierGroups.find((group) => group.name === 'Milk')).toMatchObject({ min: 1, max: 1 });
    expect(items.find((item) => item.name === 'Egg mayo sandwich')).toMatchObject({
      vatRateBps: 2000,
      takeawayVatRateBps: 0,
    }); // cold takeaway food is zero-rated
    expect(stations.length).toBe(3);
  });

  it('a session for another location sees nothing of this one', async () => {
    const db = getDb();
    const other = await db.location.create({
      data: { organisationId: demo.organisationId, slug: 'elsewhere', name: 'Elsewhere' },
    });
    await db.membership.create({ data: { userId: demo.users.kitchen, locationId: other.id, role: 'MANAGER' } });
    const elsewhere = await sessionCookie({ userId: demo.users.kitchen, locationId: other.id });
    const response = await testApi({ cookie: elsewhere }).request('menu', {});
    expect(response.status).toBe(200);
    expect(dataOf(response).categories).toEqual([]);
  });

  it('a malformed cookie is treated as no cookie (401), never a 500', async () => {
    const response = await call(menu, { path: '/api/v1/menu', cookie: 'fynlo.session=%E0%A4%A; fynlo.device=%' });
    expect(response.status).toBe(401);
  });

  it('a forged session cookie is 401', async () => {
    const response = await call(menu, {
      path: '/api/v1/menu',
      cookie: 'fynlo.session=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged',
    });
    expect(response.status).toBe(401);
  });
});

// Raw: each of these sends what the typed client never would (broken JSON, a body outside the
// schema, a form, an oversized body, a foreign Origin).
describe('api: caller mistakes get a clear 4xx, never a 500', () => {
  it('malformed JSON is 400', async () => {
    const response = await call(pairDevice, {
      method: 'POST',
      path: '/api/v1/devices/pair',
      body: '{"name": "Till',
      cookie: await manager(),
    });
    expect(response.status).toBe(400);
    expect(response.body.error?.code).toBe('BAD_REQUEST');
  });

  it('a body that breaks the schema is 422 with details naming the field', async () => {
    const response = await call(pairDevice, {
      method: 'POST',
      path: '/api/v1/devices/pair',
      body: { name: '', kind: 'TOASTER' },
      cookie: await manager(),
    });
    expect(response.status).toBe(422);
    expect(response.body.error?.code).toBe('VALIDATION_FAILED');
    const paths = (response.body.error?.details as { path: string }[]).map((detail) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'kind']));
  });

  it('a field the schema does not know is 422', async () => {
    const response = await call(pairDevice, {
      method: 'POST',
      path: '/api/v1/devices/pair',
      body: { name: 'Till', kind: 'TILL', admin: true },
      cookie: await manager(),
    });
    expect(response.status).toBe(422);
  });

  it('a body that is not JSON is 415', async () => {
    const response = await call(pairDevice, {
      method: 'POST',
      path: '/api/v1/devices/pair',
      body: 'name=Till',
      cookie: await manager(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
  });

  it('a body over 1 MB is 413', async () => {
    const response = await call(pairDevice, {
      method: 'POST',
      path: '/api/v1/devices/pair',
      body: { name: 'x'.repeat(1_100_000), kind: 'TILL' },
      cookie: await manager(),
    });
    expect(response.status).toBe(413);
  });

  it('a mutation from another origin is 403 (CSRF)', async () => {
    const response = await call(pairDevice, {
      method: 'POST',
      path: '/api/v1/devices/pair',
      body: { name: 'Till', kind: 'TILL' },
      cookie: await manager(),
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
    });
    expect(response.status).toBe(403);
    expect(await getDb().device.count()).toBe(0);
  });

  it('every answer carries a request id, and an incoming one is kept', async () => {
    const response = await testApi().request('menu', { headers: { 'x-request-id': 'till-7-request-42' } });
    expect(response.headers.get('x-request-id')).toBe('till-7-request-42');
    expect((await testApi().request('menu', {})).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a wrong manager PIN is refused with 403 and the approval flag', async () => {
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const wrong = await call(verifyApproval, {
      method: 'POST',
      path: '/api/v1/approvals/verify',
      body: { approval: { pin: '0000' } },
      cookie: cashier,
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error?.details).toEqual({ approvalRequired: true });
    expect(wrong.body.error?.message).toMatch(/not a manager’s PIN/);
    const cashierPin = await call(verifyApproval, {
      method: 'POST',
      path: '/api/v1/approvals/verify',
      body: { approval: { pin: demo.cashier.pin } },
      cookie: cashier,
    });
    // A colleague's real PIN gets exactly the same answer as a wrong one: the endpoint reveals nothing.
    // (Both raw, so the whole bodies are compared, not only the error the typed client reads.)
    expect(cashierPin.status).toBe(403);
    expect(cashierPin.body).toEqual(wrong.body);
    const right = await testApi({ cookie: cashier }).request('verifyApproval', {
      body: { approval: { pin: demo.manager.pin } },
    });
    expect(right.status).toBe(200);
    expect(dataOf(right).approver).toMatchObject({ id: demo.users.manager, role: 'MANAGER' });
  });
});

describe('api: Idempotency-Key', () => {
  it('a replay returns the first answer and changes nothing; the key on another request is 409', async () => {
    const db = getDb();
    const api = testApi({ cookie: await manager() });
    const [first, second] = [await createDevice(db), await createDevice(db)];
    const revoke = (id: string) => api.request('revokeDevice', { params: { id }, idempotencyKey: 'revoke-1' });
    const original = await revoke(first.id);
    const replay = await revoke(first.id);
    expect(original.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(dataOf(replay)).toEqual(dataOf(original));
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await db.auditLog.count({ where: { action: 'device.revoked', entityId: first.id } })).toBe(1);
    const reused = await revoke(second.id);
    expect(reused.status).toBe(409);
    expect(errorOf(reused)?.code).toBe('CONFLICT');
    expect((await db.device.findUniqueOrThrow({ where: { id: second.id } })).revokedAt).toBeNull();
  });

  it('without a key, the same revoke twice is a 409 the second time', async () => {
    const device = await createDevice(getDb());
    const api = testApi({ cookie: await manager() });
    const revoke = () => api.request('revokeDevice', { params: { id: device.id } });
    expect((await revoke()).status).toBe(200);
    expect((await revoke()).status).toBe(409);
  });

  it('concurrent requests with one key run the change once and all get its answer', async () => {
    const db = getDb();
    const device = await createDevice(db);
    const api = testApi({ cookie: await manager() });
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.request('revokeDevice', { params: { id: device.id }, idempotencyKey: 'revoke-burst' }),
      ),
    );
    // The duplicates wait on the first request's claim, then replay what it committed.
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(dataOf(response)).toEqual(dataOf(responses[0]!));
    }
    expect(responses.filter((response) => response.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);
    expect(await db.auditLog.count({ where: { action: 'device.revoked', entityId: device.id } })).toBe(1);
  });

  it('a refused request stores nothing: its key runs again once the refusal no longer applies', async () => {
    const db = getDb();
    const device = await createDevice(db);
    const api = testApi({ cookie: await manager() });
    const revoke = () =>
      api.request('revokeDevice', { params: { id: device.id }, idempotencyKey: 'revoke-after-refusal' });
    await db.device.update({ where: { id: device.id }, data: { revokedAt: new Date() } });
    expect((await revoke()).status).toBe(409);
    expect(await db.idempotencyRecord.count({ where: { key: 'revoke-after-refusal' } })).toBe(0);
    await db.device.update({ where: { id: device.id }, data: { revokedAt: null } });
    const retry = await revoke();
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect((await db.idempotencyRecord.findFirstOrThrow({ where: { key: 'revoke-after-refusal' } })).statusCode).toBe(
      200,
    );
  });
});

describe('api: health and contract', () => {
  it('GET /api/health is 200 with the database ready', async () => {
    const response = await testApi().request('health', {});
    expect(response.status).toBe(200);
    expect(dataOf(response)).toEqual({ ok: true, db: true, realtime: false, setupNeeded: false });
  });

  it('GET /api/v1/openapi.json documents every endpoint with its schemas', async () => {
    const response = await testApi().request('openapi', {});
    expect(response.status).toBe(200);
    // The contract types the document as a record; this test reads into the parts it checks.
    const doc = dataOf(response) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/menu', '/api/v1/devices/pair', '/api/v1/devices/{id}/revoke']),
    );
    expect(
      Object.keys(doc.paths['/api/v1/devices/pair']!.post!.requestBody!.content['application/json']!.schema.properties),
    ).toEqual(['name', 'kind', 'stationId']);
  });
});
