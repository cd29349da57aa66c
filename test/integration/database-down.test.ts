// When the database cannot be reached (still starting, or down), callers get a fast 503 with the
// error body, not a hang and not a 500.
import { beforeAll, describe, expect, it } from 'vitest';
import { disconnectDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { GET as health } from '@/app/api/health/route';
import { errorOf, testApi } from '../api-client';
import { demo } from '../factories/staff';
import { call, sessionCookie } from '../http';
import { setTestEnv } from '../test-env';

beforeAll(async () => {
  await disconnectDb();
  setTestEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:9/nowhere' });
  resetEnvForTests();
});

describe('database unreachable', () => {
  it('GET /api/health answers 503 at once', async () => {
    const started = Date.now();
    // Raw: a 503 from health carries its status body, not an error body the typed client reads.
    const response = await call(health, { path: '/api/health' });
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ ok: false, db: false, realtime: false, setupNeeded: false });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a signed-in request is 503 UNAVAILABLE, not 500', async () => {
    const cookie = await sessionCookie({ userId: demo.users.owner, locationId: demo.locationId });
    const response = await testApi({ cookie }).request('menu', {});
    expect(response.status).toBe(503);
    expect(errorOf(response)?.code).toBe('UNAVAILABLE');
  });
});
