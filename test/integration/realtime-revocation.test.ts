// A real sidecar drops the sockets of a session that ended — device revoked, person deactivated or
// signed out — as soon as it reads the event from the outbox, not when their token expires, and
// refuses the old token if the screen comes back with it.
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { ClientToServerEvents, ServerToClientEvents, TRealtimeEvent } from '@/lib/schemas/realtime';
import { signOut } from '@/lib/server/auth/sign-out';
import { type RealtimeServer, startRealtimeServer } from '@/server/realtime';
import { dataOf, testApi } from '../api-client';
import { createDevice, createStaff, demo } from '../factories/staff';
import { sessionCookie } from '../http';
import { TEST_AUTH_SECRET, testDatabaseServerUrl } from '../test-env';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type Screen = { socket: Client; events: TRealtimeEvent[]; dropped: string | null };

let sidecar: RealtimeServer;

beforeAll(async () => {
  sidecar = await startRealtimeServer({
    databaseUrl: getEnv().DATABASE_URL!,
    port: 0,
    host: '127.0.0.1',
    secret: TEST_AUTH_SECRET,
    listen: Boolean(testDatabaseServerUrl()),
    pollMs: 50,
    logger: pino({ level: 'silent' }),
  });
});
afterAll(async () => {
  await sidecar?.close();
});

async function until(condition: () => boolean, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function tokenFor(session: Parameters<typeof sessionCookie>[0]): Promise<string> {
  const response = await testApi({ cookie: await sessionCookie(session) }).request('realtimeToken', {});
  expect(response.status).toBe(200);
  return dataOf(response).token;
}

/** A staff screen on the live feed; `dropped` is why the sidecar let it go, if it did. */
async function openScreen(token: string): Promise<Screen> {
  const socket: Client = connect(`http://127.0.0.1:${sidecar.port}`, {
    transports: ['websocket'],
    reconnection: false,
    auth: { token },
  });
  const screen: Screen = { socket, events: [], dropped: null };
  let isReady = false;
  socket.on('event', (event) => screen.events.push(event));
  socket.on('ready', () => {
    isReady = true;
  });
  socket.on('disconnect', (reason) => {
    screen.dropped = reason;
  });
  await until(() => isReady, 'the screen to be live');
  return screen;
}

/** Whether the sidecar accepts a handshake with this token now. */
async function handshake(token: string): Promise<'accepted' | string> {
  const socket: Client = connect(`http://127.0.0.1:${sidecar.port}`, {
    transports: ['websocket'],
    reconnection: false,
    auth: { token },
  });
  const outcome = await new Promise<string>((resolve) => {
    socket.on('connect', () => resolve('accepted'));
    socket.on('connect_error', (error) => resolve(error.message));
  });
  socket.close();
  return outcome;
}

const manager = () => sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });

describe('realtime: ended sessions lose the feed at once', () => {
  it('revoking a till drops the sockets opened on it, and only those', async () => {
    const db = getDb();
    const [revoked, kept] = [await createDevice(db), await createDevice(db)];
    const cashier = { userId: demo.users.cashier, locationId: demo.locationId };
    const revokedToken = await tokenFor({ ...cashier, deviceId: revoked.id });
    const onRevoked = await openScreen(revokedToken);
    const onKept = await openScreen(await tokenFor({ ...cashier, deviceId: kept.id }));

    const response = await testApi({ cookie: await manager() }).request('revokeDevice', {
      params: { id: revoked.id },
    });
    expect(response.status).toBe(200);
    await until(() => onRevoked.dropped !== null, 'the revoked till to be dropped');
    expect(onRevoked.dropped).toBe('io server disconnect');
    await until(
      () => onKept.events.some((event) => event.type === 'device.revoked'),
      'the other till to hear of the revocation',
    );
    expect(onKept.dropped).toBeNull();
    expect(onKept.socket.connected).toBe(true);
    // The old token is still signed and unexpired, but it opens nothing now.
    expect(await handshake(revokedToken)).toBe('unauthorized');
    onKept.socket.close();
  });

  it('deactivating someone drops every socket of theirs; colleagues stay on', async () => {
    const db = getDb();
    const leaver = await createStaff(db, { role: 'CASHIER', pin: '7531' });
    const till = await createDevice(db);
    const leaverToken = await tokenFor({ userId: leaver.id, locationId: demo.locationId, deviceId: till.id });
    const leaverScreens = [await openScreen(leaverToken), await openScreen(leaverToken)];
    const colleague = await openScreen(await tokenFor({ userId: demo.users.kitchen, locationId: demo.locationId }));

    const response = await testApi({ cookie: await manager() }).request('deactivateStaff', {
      params: { id: leaver.id },
    });
    expect(response.status).toBe(200);
    await until(() => leaverScreens.every((screen) => screen.dropped !== null), 'both of their screens to drop');
    await until(
      () => colleague.events.some((event) => event.type === 'user.deactivated'),
      'the colleague to hear of it',
    );
    expect(colleague.socket.connected).toBe(true);
    expect(await handshake(leaverToken)).toBe('unauthorized');
    colleague.socket.close();
  });

  it('signing out drops the sockets of that session only: the person’s other session stays on', async () => {
    const db = getDb();
    const user = await createStaff(db, { role: 'SUPERVISOR', pin: '7532' });
    const [tillSession, officeSession] = [randomUUID(), randomUUID()];
    const session = { userId: user.id, locationId: demo.locationId };
    const tillToken = await tokenFor({ ...session, sessionId: tillSession });
    const onTill = await openScreen(tillToken);
    const inOffice = await openScreen(await tokenFor({ ...session, sessionId: officeSession }));

    const claims = { sub: user.id, lid: demo.locationId, sv: 1, did: null, sid: tillSession };
    expect(await signOut({ db, claims, now: new Date() })).toBe(true);
    await until(() => onTill.dropped !== null, 'the signed-out screen to drop');
    await until(
      () => inOffice.events.some((event) => event.type === 'user.signed_out'),
      'the other session to hear of it',
    );
    expect(inOffice.socket.connected).toBe(true);
    expect(await handshake(tillToken)).toBe('unauthorized');
    inOffice.socket.close();
  });
});
