import { describe, expect, it } from 'vitest';
import { api } from '@/lib/schemas/api';
import { API_ROUTES } from '@/lib/schemas/api-routes';
import { apiPath, callApi, requestApi } from './call-api';

describe('the typed client', () => {
  it('knows every endpoint of the contract, at the contract’s own method and path', () => {
    expect(Object.keys(API_ROUTES).sort()).toEqual(Object.keys(api).sort());
    for (const [name, endpoint] of Object.entries(api)) {
      expect({ method: endpoint.method, path: endpoint.path }, name).toEqual(API_ROUTES[name as keyof typeof api]);
    }
  });

  it.each([
    ['getOrder', { id: 'a1' }, undefined, '/api/v1/orders/a1'],
    ['voidOrderLine', { id: 'o 1', lineId: 'l/2' }, undefined, '/api/v1/orders/o%201/lines/l%2F2/void'],
    ['listOrders', undefined, { status: 'OPEN', tableId: undefined }, '/api/v1/orders?status=OPEN'],
    ['events', undefined, { after: 42 }, '/api/v1/events?after=42'],
  ] as const)('%s → %s', (name, params, query, path) => {
    expect(apiPath(name, params, query)).toBe(path);
  });

  it('a missing path parameter is a programming error, not a request to the wrong place', () => {
    expect(() => apiPath('getOrder', {})).toThrow(/needs the path parameter id/);
  });

  it('sends the method, JSON body and Idempotency-Key, and returns the answer or the error body', async () => {
    const seen: { path: string; init: RequestInit }[] = [];
    const transport = async (path: string, init: RequestInit) => {
      seen.push({ path, init });
      return path.endsWith('/payments')
        ? Response.json({ error: { code: 'CONFLICT', message: 'Only £1.00 is due' } }, { status: 409 })
        : Response.json({ order: { id: 'o1' } }, { status: 201 });
    };
    const created = await callApi('createOrder', { body: { type: 'TAKEAWAY' }, idempotencyKey: 'k1', transport });
    expect(created.order.id).toBe('o1');
    expect(seen[0]).toMatchObject({ path: '/api/v1/orders', init: { method: 'POST', body: '{"type":"TAKEAWAY"}' } });
    expect(new Headers(seen[0]!.init.headers).get('idempotency-key')).toBe('k1');
    const refused = await requestApi('takePayment', {
      params: { id: 'o1' },
      body: { method: 'CASH', amountPence: 500 },
      idempotencyKey: 'k2',
      transport,
    });
    expect(refused).toMatchObject({ ok: false, status: 409, error: { code: 'CONFLICT' } });
    await expect(
      callApi('takePayment', {
        params: { id: 'o1' },
        body: { method: 'CASH', amountPence: 500 },
        idempotencyKey: 'k3',
        transport,
      }),
    ).rejects.toMatchObject({ name: 'ApiError', status: 409, code: 'CONFLICT', message: 'Only £1.00 is due' });
  });

  it('a network failure is an ApiError NETWORK', async () => {
    const transport = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(callApi('menu', { transport })).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });
});
