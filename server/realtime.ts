// The realtime sidecar (design.md §2–3): socket.io on its own port. It never writes business data.
// It follows the outbox (woken by NOTIFY, or polling where LISTEN is not available), emits each
// committed event in seq order to its location's room, and replays what a reconnecting screen
// missed since the `lastSeq` it shows on the handshake. A device revoked or a person signed out or
// deactivated (events on the same outbox) drops their sockets at once.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type pino from 'pino';
import { Server, type Socket } from 'socket.io';
import { createDb } from '@/lib/db';
import {
  type ClientToServerEvents,
  type ServerToClientEvents,
  type TRealtimeTokenClaims,
  ZCheckoutHandshake,
  ZRealtimeHandshake,
} from '@/lib/schemas/realtime';
import { findActor } from '@/lib/server/auth/actor';
import { resolveClientAddress, trustedProxies } from '@/lib/server/http/trusted-proxies';
import { findEvents, toRealtimeEvent } from '@/lib/server/realtime/find-events';
import { REALTIME_TOKEN_TTL_SECONDS, verifyRealtimeToken } from '@/lib/server/realtime/token';
import { OutboxFollower, type OutboxRow } from './outbox-follower';
import { Revocations } from './revocations';

export type RealtimeServerOptions = {
  databaseUrl: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** AUTH_SECRET: realtime tokens are signed with a key derived from it. */
  secret: string;
  /** LISTEN for the outbox NOTIFY (PostgreSQL); false polls every `pollMs` (PGlite). */
  listen: boolean;
  pollMs?: number;
  /**
   * TRUSTED_PROXIES: only a connection from one of these may name the client in X-Forwarded-For
   * (per-address handshake limits). Default: none, the connection's own address counts.
   */
  trustedProxies?: readonly string[];
  logger: pino.Logger;
};

export type RealtimeServer = {
  port: number;
  io: Server<ClientToServerEvents, ServerToClientEvents>;
  close(): Promise<void>;
};

/** Staff screens carry token claims; a customer's phone carries only its checkout token. */
type SocketData =
  { kind: 'staff'; claims: TRealtimeTokenClaims; lastSeq: number | null } | { kind: 'customer'; checkoutToken: string };
type StaffData = Extract<SocketData, { kind: 'staff' }>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** With LISTEN the poll is only a safety net (a NOTIFY lost while reconnecting). */
const SAFETY_POLL_MS = 1_000;
const DEFAULT_POLL_MS = 200;
/**
 * Under load NOTIFYs arrive by the hundred a second; reading the outbox at most every 20 ms batches
 * them (one query for many events) for at most 20 ms of extra latency.
 */
const MIN_POLL_SPACING_MS = 20;
/** A screen that missed more than this refetches instead of replaying. */
const MAX_REPLAY = 1_000;
/** How often sockets are checked for an expired token. */
const TOKEN_SWEEP_MS = 30_000;

export const locationRoom = (locationId: string) => `location:${locationId}`;
export const checkoutRoom = (token: string) => `checkout:${token}`;
/** Customer handshakes allowed per address per minute (each is one lookup; tokens are 128-bit). */
const CUSTOMER_HANDSHAKES_PER_MINUTE = 60;

export async function startRealtimeServer(options: RealtimeServerOptions): Promise<RealtimeServer> {
  const { logger } = options;
  const db = createDb(options.databaseUrl, 2);
  const pollMs = options.listen ? SAFETY_POLL_MS : (options.pollMs ?? DEFAULT_POLL_MS);

  // Start a little in the past: a transaction that drew its seqs before we started and commits
  // after is still caught (nobody is connected yet, so nothing is emitted twice).
  const [startRow] = await db.$queryRaw<{ seq: bigint }[]>`
    SELECT COALESCE((SELECT "seq" FROM "OutboxEvent" WHERE "createdAt" < now() - interval '60 seconds'
                     ORDER BY "seq" DESC LIMIT 1), 0) AS "seq"`;
  const follower = new OutboxFollower({
    start: startRow!.seq,
    read: (after, limit) => db.$queryRaw<OutboxRow[]>`
      SELECT "seq", "locationId"::text AS "locationId", "type", "payload", "createdAt" FROM "OutboxEvent"
      WHERE "seq" > ${after} ORDER BY "seq" LIMIT ${limit}`,
  });

  const stats = { emitted: 0, polls: 0, lastPollAt: null as string | null, dbOk: true };
  const http: HttpServer = createServer((request, response) => {
    if (request.url === '/health') {
      const memory = process.memoryUsage();
      response.writeHead(stats.dbOk ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(
        JSON.stringify({
          ok: stats.dbOk,
          sockets: io.engine.clientsCount,
          floor: Number(follower.safeFloor),
          emitted: stats.emitted,
          lastPollAt: stats.lastPollAt,
          listen: options.listen,
          memory: { rss: memory.rss, heapUsed: memory.heapUsed },
        }),
      );
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Not found' } }));
  });

  // Auth is the signed token, not a cookie, so any origin may connect (tills reach the app by the
  // café network's IP address as often as by name).
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(http, {
    cors: { origin: true, credentials: false },
    serveClient: false,
    // Small JSON events: compression would cost more memory per socket than it saves.
    perMessageDeflate: false,
    httpCompression: false,
    maxHttpBufferSize: 64 * 1024,
    // A dead link is noticed within ~4.5 s, so screens show "reconnecting" within 5 s.
    pingInterval: 2_000,
    pingTimeout: 2_500,
  });

  // Remembered for as long as a token issued before the revocation can still be shown.
  const revocations = new Revocations((REALTIME_TOKEN_TTL_SECONDS + 60) * 1000);
  const trusted = trustedProxies(options.trustedProxies ?? []);
  const customerHandshakes = new Map<string, number>();
  const forgetHandshakes = setInterval(() => customerHandshakes.clear(), 60_000);
  io.use((socket, next) => {
    const { auth, query, headers } = socket.handshake;
    const customer = ZCheckoutHandshake.safeParse({ checkoutToken: auth.checkoutToken ?? query.checkoutToken });
    if (customer.success) {
      const forwardedFor = headers['x-forwarded-for'];
      const address = resolveClientAddress({
        peer: socket.handshake.address || null,
        forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? null),
        trusted,
      });
      const count = (customerHandshakes.get(address) ?? 0) + 1;
      customerHandshakes.set(address, count);
      if (count > CUSTOMER_HANDSHAKES_PER_MINUTE) {
        next(new Error('rate_limited'));
        return;
      }
      const { checkoutToken } = customer.data;
      db.checkoutSession
        .findUnique({ where: { token: checkoutToken }, select: { id: true } })
        .then((found) => {
          if (!found) return next(new Error('unauthorized'));
          socket.data = { kind: 'customer', checkoutToken };
          next();
        })
        .catch(() => next(new Error('unavailable')));
      return;
    }
    const bearer = headers.authorization?.match(/^Bearer (.+)$/i)?.[1];
    const handshake = ZRealtimeHandshake.safeParse({
      token: auth.token ?? query.token ?? bearer,
      lastSeq: auth.lastSeq ?? query.lastSeq,
    });
    const claims = handshake.success ? verifyRealtimeToken(handshake.data.token, options.secret) : null;
    if (!handshake.success || !claims || revocations.hasEnded(claims)) {
      next(new Error('unauthorized'));
      return;
    }
    // The token is signed, but its session may have ended since it was issued (signed out,
    // deactivated, device revoked): the same check every API request makes.
    findActor(db, { sub: claims.sub, lid: claims.lid, sv: claims.sv, did: claims.did, sid: claims.sid })
      .then((actor) => {
        if (!actor) return next(new Error('unauthorized'));
        socket.data = { kind: 'staff', claims, lastSeq: handshake.data.lastSeq ?? null };
        next();
      })
      .catch(() => next(new Error('unavailable')));
  });

  // New sockets wait here until the loop replays their missed events (between two polls, so the
  // replay ends exactly where live delivery begins: no gap, no duplicate). The token and lastSeq
  // come in `auth` (socket.io's way), or in the query string / an Authorization header.
  const pending: RealtimeSocket[] = [];
  io.on('connection', (socket) => {
    if (socket.data.kind === 'customer') {
      // No replay for a phone: it reads its checkout over HTTP when it connects, then listens.
      void socket.join(checkoutRoom(socket.data.checkoutToken));
      return;
    }
    pending.push(socket);
    wake();
  });

  async function replay(socket: RealtimeSocket) {
    const { claims, lastSeq } = socket.data as StaffData;
    // Its session ended between the handshake and now (an event this loop has already read).
    if (revocations.hasEnded(claims)) {
      socket.disconnect(true);
      return;
    }
    const upTo = follower.cursorFor(claims.lid);
    if (lastSeq !== null && BigInt(lastSeq) > upTo) {
      // The screen saw events (through another node) that this sidecar has not read yet.
      pending.push(socket);
      return;
    }
    let replayed = 0;
    let resync = false;
    if (lastSeq !== null && BigInt(lastSeq) < upTo) {
      const missed = await findEvents(db, { locationId: claims.lid, after: lastSeq, upTo, limit: MAX_REPLAY });
      if (missed.hasMore) resync = true;
      else {
        for (const event of missed.events) socket.emit('event', event);
        replayed = missed.events.length;
      }
    }
    if (!socket.connected) return;
    await socket.join(locationRoom(claims.lid));
    socket.emit('ready', { lastSeq: Number(upTo), replayed, resync });
  }

  function emit(rows: OutboxRow[]) {
    for (const row of rows) {
      const event = toRealtimeEvent(row);
      if (!event) continue;
      io.to(locationRoom(row.locationId)).emit('event', event);
      if (event.type === 'checkout.updated') {
        io.to(checkoutRoom(event.payload.token)).emit('checkout', { status: event.payload.status });
      }
      if (revocations.note(event, Date.now())) dropEndedSessions();
      stats.emitted += 1;
    }
  }

  /** Drops every staff socket (joined or still waiting for its replay) whose session has ended. */
  function dropEndedSessions() {
    for (const socket of io.of('/').sockets.values() as Iterable<RealtimeSocket>) {
      if (socket.data.kind === 'staff' && revocations.hasEnded(socket.data.claims)) socket.disconnect(true);
    }
  }

  // ── the loop: poll, emit, replay, sleep until woken or the poll interval ─────────────────────
  let running = true;
  let wakeUp: (() => void) | null = null;
  let woken = false;
  function wake() {
    woken = true;
    wakeUp?.();
  }
  const loop = (async () => {
    while (running) {
      woken = false;
      // Sockets that connected before this poll began: the poll sees every change committed before
      // they connected, so their replay reaches at least as far as their own last change.
      const waiting = pending.splice(0);
      try {
        emit(await follower.poll());
        stats.polls += 1;
        stats.lastPollAt = new Date().toISOString();
        stats.dbOk = true;
        for (const socket of waiting) if (socket.connected) await replay(socket);
      } catch (error) {
        if (stats.dbOk) logger.error({ err: error }, 'reading the outbox failed; retrying');
        stats.dbOk = false;
        pending.unshift(
          ...waiting.filter(
            (socket) => socket.connected && !socket.rooms.has(locationRoom((socket.data as StaffData).claims.lid)),
          ),
        );
      }
      if (!running) continue;
      if (woken) {
        await new Promise((resolve) => setTimeout(resolve, MIN_POLL_SPACING_MS));
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, stats.dbOk ? pollMs : 1_000);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
    }
  })();

  // ── LISTEN, reconnecting with back-off; the poll covers the gaps ───────────────────────────────
  let listener: pg.Client | null = null;
  let listenRetry: NodeJS.Timeout | undefined;
  async function startListening(delayMs = 0) {
    if (!options.listen || !running) return;
    listenRetry = setTimeout(async () => {
      const client = new pg.Client({ connectionString: options.databaseUrl });
      client.on('notification', wake);
      client.on('error', (error) => {
        logger.warn({ err: error }, 'outbox LISTEN connection lost; reconnecting');
        void client.end().catch(() => undefined);
        if (listener === client) listener = null;
        void startListening(1_000);
      });
      try {
        await client.connect();
        await client.query('LISTEN outbox');
        listener = client;
        wake();
      } catch (error) {
        logger.warn({ err: error }, 'could not LISTEN for outbox events; retrying');
        void client.end().catch(() => undefined);
        void startListening(Math.min(delayMs * 2 || 1_000, 10_000));
      }
    }, delayMs);
  }
  await startListening();

  // Tokens last minutes; a socket whose token has expired is dropped and comes back with a fresh
  // one (which the app only issues to a session that is still valid).
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const socket of io.of('/').sockets.values() as Iterable<RealtimeSocket>) {
      if (socket.data.kind === 'staff' && socket.data.claims.exp * 1000 <= now) socket.disconnect(true);
    }
    revocations.prune(now);
  }, TOKEN_SWEEP_MS);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  logger.info({ port, listen: options.listen }, 'realtime sidecar listening');

  return {
    port,
    io,
    async close() {
      running = false;
      wake();
      clearInterval(sweep);
      clearInterval(forgetHandshakes);
      clearTimeout(listenRetry);
      await loop;
      await listener?.end().catch(() => undefined);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await db.$disconnect();
    },
  };
}
