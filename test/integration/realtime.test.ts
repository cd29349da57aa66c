// The realtime sidecar against this file's database (PGlite: polling; PostgreSQL: LISTEN/NOTIFY),
// with real socket.io clients: every committed change reaches the screens of its location once,
// in order; a rolled-back one never; a screen that was away gets exactly what it missed.
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getEnv, resetEnvForTests } from '@/lib/env';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  TCheckoutStatusUpdate,
  TRealtimeEvent,
  TRealtimeReady,
} from '@/lib/schemas/realtime';
import { resetHealthCacheForTests } from '@/lib/server/health/check-health';
import { recordChange, SYSTEM } from '@/lib/server/write/record-change';
import { signRealtimeToken } from '@/lib/server/realtime/token';
import { type RealtimeServer, startRealtimeServer } from '@/server/realtime';
import { markCheckoutOpened } from '@/lib/server/checkout/checkout-sessions';
import { dataOf, testApi } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { createOtherLocation, createStaff, demo } from '../factories/staff';
import { sessionCookie } from '../http';
import { setTestEnv, TEST_AUTH_SECRET, testDatabaseServerUrl } from '../test-env';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type Screen = {
  socket: Client;
  events: TRealtimeEvent[];
  readies: TRealtimeReady[];
  lastSeq: number | null;
};

const onPostgres = Boolean(testDatabaseServerUrl());
let sidecar: RealtimeServer;
let port = 0;

async function startSidecar() {
  sidecar = await startRealtimeServer({
    databaseUrl: getEnv().DATABASE_URL!,
    port,
    host: '127.0.0.1',
    secret: TEST_AUTH_SECRET,
    listen: onPostgres,
    pollMs: 50,
    logger: pino({ level: 'silent' }),
  });
  port = sidecar.port;
}

beforeAll(startSidecar);
afterAll(async () => {
  await sidecar?.close();
});

async function tokenFor(userId: string, locationId: string): Promise<string> {
  const cookie = await sessionCookie({ userId, locationId });
  return (await testApi({ cookie }).call('realtimeToken', {})).token;
}

/** A screen as the client hook runs it: keeps lastSeq, shows it on every (re)connect. */
async function openScreen(token: string, lastSeq: number | null = null): Promise<Screen> {
  const screen: Screen = { events: [], readies: [], lastSeq, socket: null as unknown as Client };
  screen.socket = connect(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    auth: (callback) => callback({ token, lastSeq: screen.lastSeq }),
  });
  screen.socket.on('event', (event) => {
    screen.events.push(event);
    screen.lastSeq = event.seq;
  });
  screen.socket.on('ready', (ready) => {
    screen.readies.push(ready);
    screen.lastSeq = Math.max(screen.lastSeq ?? 0, ready.lastSeq);
  });
  await until(() => screen.readies.length > 0, 'the first ready');
  return screen;
}

async function until(condition: () => boolean, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

/** A change at a location with one event, as a use case records it. */
async function change(locationId: string, n: number) {
  const [seq] = await getDb().$transaction((tx) =>
    recordChange(tx, {
      // Any audited action will do: these tests are about the events.
      by: SYSTEM,
      locationId,
      action: 'checkout.opened',
      entity: { type: 'CheckoutSession', id: String(n) },
      now: new Date(),
      events: [
        { locationId, type: 'menu.updated', payload: { entityType: 'Test', entityId: String(n), action: 'test' } },
      ],
    }),
  );
  return Number(seq);
}

describe('realtime: handshake', () => {
  it('GET /api/v1/realtime/token needs a session and hands out a short-lived token and the URL', async () => {
    expect((await testApi().request('realtimeToken', {})).status).toBe(401);
    const cookie = await sessionCookie({ userId: demo.users.kitchen, locationId: demo.locationId });
    const response = await testApi({ cookie }).request('realtimeToken', { headers: { host: 'till.local:3000' } });
    expect(response.status).toBe(200);
    const body = dataOf(response);
    expect(body.url).toBe(`http://till.local:${getEnv().REALTIME_PORT}`);
    const minutes = (new Date(body.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
  });

  it.each([
    ['no token', {}],
    ['a forged token', { token: signRealtimeToken(claimsFor(), 'some-other-secret-of-at-least-32-chars!') }],
    [
      'an expired token',
      { token: signRealtimeToken({ ...claimsFor(), exp: Math.floor(Date.now() / 1000) - 1 }, TEST_AUTH_SECRET) },
    ],
    ['garbage', { token: 'not.a.token' }],
  ])('refuses a socket with %s', async (_, auth) => {
    const socket: Client = connect(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      reconnection: false,
      auth,
    });
    const error = await new Promise<Error>((resolve) => socket.on('connect_error', resolve));
    expect(error.message).toBe('unauthorized');
    socket.close();
  });
});

function claimsFor() {
  return {
    sub: demo.users.kitchen,
    lid: demo.locationId,
    role: 'KITCHEN' as const,
    sv: 1,
    sid: randomUUID(),
    did: null,
    exp: Math.floor(Date.now() / 1000) + 600,
  };
}

describe('realtime: delivery', () => {
  it('a committed order reaches the kitchen and the till once; a refused one emits nothing', async () => {
    const kitchen = await openScreen(await tokenFor(demo.users.kitchen, demo.locationId));
    const till = await openScreen(await tokenFor(demo.users.cashier, demo.locationId));
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const created = await createOrderAs(cashier, { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] });
    const orderId = dataOf(created).order.id;
    const refused = await createOrderAs(cashier, { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 0 }] });
    expect(refused.status).toBe(422);
    await until(() => kitchen.events.length > 0 && till.events.length > 0, 'the order.created event');
    await settle();
    for (const screen of [kitchen, till]) {
      expect(
        screen.events.map((event) => [event.type, 'orderId' in event.payload ? event.payload.orderId : null]),
      ).toEqual([['order.created', orderId]]);
    }
    kitchen.socket.close();
    till.socket.close();
  });

  it('a change rolled back after writing its event emits nothing; the next committed one arrives alone', async () => {
    const screen = await openScreen(await tokenFor(demo.users.kitchen, demo.locationId));
    await expect(
      getDb().$transaction(async (tx) => {
        await recordChange(tx, {
          by: SYSTEM,
          locationId: demo.locationId,
          action: 'checkout.opened',
          entity: { type: 'CheckoutSession', id: 'x' },
          now: new Date(),
          events: [
            {
              locationId: demo.locationId,
              type: 'menu.updated',
              payload: { entityType: 'Test', entityId: 'x', action: 'x' },
            },
          ],
        });
        throw new Error('the use case failed after recording');
      }),
    ).rejects.toThrow('failed after recording');
    const committed = await change(demo.locationId, 40);
    await until(() => screen.events.length > 0, 'the committed change');
    await settle();
    expect(screen.events.map((event) => event.seq)).toEqual([committed]);
    screen.socket.close();
  });

  it('a kitchen socket never receives another location’s events', async () => {
    const db = getDb();
    const other = await createOtherLocation(db);
    const chef = await createStaff(db, { role: 'KITCHEN', locationId: other.id });
    const ours = await openScreen(await tokenFor(demo.users.kitchen, demo.locationId));
    const theirs = await openScreen(await tokenFor(chef.id, other.id));
    const theirSeq = await change(other.id, 1);
    const ourSeq = await change(demo.locationId, 2);
    await until(() => ours.events.length === 1 && theirs.events.length === 1, 'one event each');
    await settle();
    expect(ours.events.map((event) => event.seq)).toEqual([ourSeq]);
    expect(theirs.events.map((event) => event.seq)).toEqual([theirSeq]);
    ours.socket.close();
    theirs.socket.close();
  });

  it('a customer’s phone joins its checkout room by token alone and hears only its status', async () => {
    const cookie = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const created = await createOrderAs(cookie, { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] });
    const { order } = dataOf(created);
    const makeCheckout = async () =>
      (await testApi({ cookie }).call('createCheckout', { params: { id: order.id }, body: { amountPence: 10 } }))
        .checkout;
    const mine = await makeCheckout();
    const someoneElses = await makeCheckout();

    const heard: TCheckoutStatusUpdate[] = [];
    const phone: Client = connect(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      auth: { checkoutToken: mine.token },
    });
    phone.on('checkout', (update) => heard.push(update));
    phone.on('event', () => heard.push({ status: 'CANCELED' }));
    await until(() => phone.connected, 'the phone to connect');
    await markCheckoutOpened(getDb(), someoneElses.token, new Date());
    await markCheckoutOpened(getDb(), mine.token, new Date());
    await until(() => heard.length > 0, 'the phone’s checkout update');
    await settle();
    expect(heard).toEqual([{ status: 'OPENED' }]);
    phone.close();

    const guess: Client = connect(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      reconnection: false,
      auth: { checkoutToken: 'AAAAAAAAAAAAAAAAAAAAAA' },
    });
    const refused = await new Promise<string>((resolve) =>
      guess.on('connect_error', (error) => resolve(error.message)),
    );
    expect(refused).toBe('unauthorized');
    guess.close();
  });

  it('a screen that reconnects with lastSeq gets exactly what it missed, in order, then live events', async () => {
    const token = await tokenFor(demo.users.cashier, demo.locationId);
    const first = await openScreen(token);
    const before = await change(demo.locationId, 10);
    await until(() => first.events.some((event) => event.seq === before), 'the first change');
    const lastSeq = first.lastSeq!;
    first.socket.close();

    const missed = [
      await change(demo.locationId, 11),
      await change(demo.locationId, 12),
      await change(demo.locationId, 13),
    ];
    const again = await openScreen(token, lastSeq);
    expect(again.events.map((event) => event.seq)).toEqual(missed);
    expect(again.readies[0]).toMatchObject({ replayed: 3, resync: false, lastSeq: missed.at(-1) });
    const live = await change(demo.locationId, 14);
    await until(() => again.events.length === 4, 'the live event');
    await settle();
    expect(again.events.map((event) => event.seq)).toEqual([...missed, live]);

    // The same events over HTTP.
    const cookie = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const http = await testApi({ cookie }).request('events', { query: { after: lastSeq } });
    expect(http.status).toBe(200);
    const body = dataOf(http);
    expect(body.events).toEqual(again.events);
    expect(body).toMatchObject({ lastSeq: live, hasMore: false });
    again.socket.close();
  });

  it('also takes the token and lastSeq from the query string (clients that cannot set auth)', async () => {
    const token = await tokenFor(demo.users.kitchen, demo.locationId);
    const from = await change(demo.locationId, 15);
    const next = await change(demo.locationId, 16);
    const socket: Client = connect(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      query: { token, lastSeq: String(from) },
    });
    const events: number[] = [];
    socket.on('event', (event) => events.push(event.seq));
    const ready = await new Promise<TRealtimeReady>((resolve) => socket.on('ready', resolve));
    expect(events).toEqual([next]);
    expect(ready).toMatchObject({ replayed: 1, lastSeq: next });
    socket.close();
  });

  it('a sidecar restart loses nothing: screens come back and replay from lastSeq, no gaps, no duplicates', async () => {
    const screens = await Promise.all(
      [demo.users.kitchen, demo.users.cashier, demo.users.manager].map(async (user) =>
        openScreen(await tokenFor(user, demo.locationId)),
      ),
    );
    const before = await change(demo.locationId, 20);
    await until(
      () => screens.every((screen) => screen.events.some((event) => event.seq === before)),
      'the first change',
    );
    const counts = screens.map((screen) => screen.events.length);

    await sidecar.close();
    const whileDown = [];
    for (let n = 21; n < 26; n += 1) whileDown.push(await change(demo.locationId, n));
    await startSidecar();
    const after = await change(demo.locationId, 26);

    await until(
      () => screens.every((screen) => screen.events.some((event) => event.seq === after)),
      'every screen back',
    );
    await settle();
    for (const [index, screen] of screens.entries()) {
      expect(screen.events.slice(counts[index]).map((event) => event.seq)).toEqual([...whileDown, after]);
      screen.socket.close();
    }
  });
});

describe('GET /api/v1/events', () => {
  it('pages through the location’s events in order and shows no other location’s', async () => {
    const db = getDb();
    const other = await createOtherLocation(db);
    const start = Number((await db.outboxEvent.aggregate({ _max: { seq: true } }))._max.seq ?? 0);
    const ours = [await change(demo.locationId, 30), await change(demo.locationId, 31)];
    await change(other.id, 32);
    ours.push(await change(demo.locationId, 33));
    const cookie = await sessionCookie({ userId: demo.users.kitchen, locationId: demo.locationId });
    const api = testApi({ cookie });
    const page1 = await api.call('events', { query: { after: start, limit: 2 } });
    expect(page1.events.map((event) => event.seq)).toEqual(ours.slice(0, 2));
    expect(page1.hasMore).toBe(true);
    const page2 = await api.call('events', { query: { after: page1.lastSeq, limit: 2 } });
    expect(page2.events.map((event) => event.seq)).toEqual(ours.slice(2));
    expect(page2.hasMore).toBe(false);
  });

  it('refuses a bad cursor with 422 and an anonymous caller with 401', async () => {
    const cookie = await sessionCookie({ userId: demo.users.kitchen, locationId: demo.locationId });
    const api = testApi({ cookie });
    expect((await api.request('events', { query: { after: -1 } })).status).toBe(422);
    expect((await api.request('events', { query: { after: 'abc' } })).status).toBe(422);
    expect((await testApi().request('events', {})).status).toBe(401);
  });
});

describe('sidecar health', () => {
  it('answers GET /health with its socket count and memory', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, listen: onPostgres, sockets: expect.any(Number) });
  });

  it('the app’s /api/health reports whether its sidecar answers', async () => {
    const health = () => testApi().call('health', {});
    expect(await health()).toEqual({ ok: true, db: true, realtime: false, setupNeeded: false });
    setTestEnv({ REALTIME_INTERNAL_URL: `http://127.0.0.1:${port}` });
    resetEnvForTests();
    resetHealthCacheForTests();
    try {
      expect(await health()).toEqual({ ok: true, db: true, realtime: true, setupNeeded: false });
    } finally {
      setTestEnv({ REALTIME_INTERNAL_URL: 'http://127.0.0.1:9' });
      resetEnvForTests();
      resetHealthCacheForTests();
    }
  });
});

describe('sidecar: customer handshake limits', () => {
  /** A phone's handshake with a guessed token: 'unauthorized' (counted) or 'rate_limited'. */
  const handshake = (sidecarPort: number, forwardedFor: string) =>
    new Promise<string>((resolve) => {
      const phone: Client = connect(`http://127.0.0.1:${sidecarPort}`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { 'x-forwarded-for': forwardedFor },
        auth: { checkoutToken: 'AAAAAAAAAAAAAAAAAAAAAA' },
      });
      phone.on('connect_error', (error) => {
        phone.close();
        resolve(error.message);
      });
    });

  const startOwnSidecar = (trustedProxies?: string[]) =>
    startRealtimeServer({
      databaseUrl: getEnv().DATABASE_URL!,
      port: 0,
      host: '127.0.0.1',
      secret: TEST_AUTH_SECRET,
      listen: onPostgres,
      pollMs: 50,
      trustedProxies,
      logger: pino({ level: 'silent' }),
    });

  it('rotating X-Forwarded-For buys no more handshakes: the connection’s own address is counted', async () => {
    const own = await startOwnSidecar();
    try {
      const answers: string[] = [];
      // The budget is 60 a minute, cleared each minute: within 121 tries one is always refused.
      for (let i = 0; i < 121 && !answers.includes('rate_limited'); i += 1) {
        answers.push(await handshake(own.port, `203.0.113.${i % 250}`));
      }
      expect(answers).toContain('rate_limited');
    } finally {
      await own.close();
    }
  });

  it('behind a trusted proxy, each client it names has its own budget', async () => {
    const own = await startOwnSidecar(['127.0.0.1']);
    try {
      const answers: string[] = [];
      for (let i = 0; i < 70; i += 1) answers.push(await handshake(own.port, `203.0.113.${i}`));
      expect(answers.filter((answer) => answer === 'rate_limited')).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
