import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { getDb, type Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Endpoint } from '@/lib/schemas/api';
import { type Actor, loadActor } from '../auth/actor';
import { getLogger } from '../logger';
import { canAccess } from '../permissions';
import { getRateLimiter, writeBudgetOf } from '../rate-limit';
import {
  findStoredAnswer,
  type StoredAnswer,
  hashRequest,
  IdempotencyHold,
  IdempotencyReplayError,
  type IdempotencyRequest,
} from '../idempotency/idempotency-key';
import { requestOrigin } from './client-address';
import { toAppError } from './error-response';
import { readLimitedBody } from './read-limited-body';

export const MAX_BODY_BYTES = 1024 * 1024;

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export type RouteContext<E extends Endpoint> = {
  db: Db;
  request: Request;
  requestId: string;
  now: Date;
  /** null on public endpoints, which do not read the session. */
  actor: E['access'] extends 'public' ? null : Actor;
  params: Infer<E['params']>;
  query: Infer<E['query']>;
  body: Infer<E['body']>;
  /** Extra response headers (e.g. Set-Cookie); not stored for Idempotency-Key replays. */
  headers: Headers;
  /**
   * The request's Idempotency-Key, when it carries one (null otherwise). Pass it to the use case,
   * whose transaction stores the answer with the change (`writeTransaction`); what the use case
   * returns is then the answer, stored and replayed as it is.
   */
  idempotency: IdempotencyHold | null;
};

/** A handler returns the response body (sent with the endpoint's success status) or a Response. */
export type RouteHandler<E extends Endpoint> = (context: RouteContext<E>) => Promise<z.input<E['response']> | Response>;

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

function json(status: number, body: unknown, requestId: string, headers?: HeadersInit): Response {
  const response = Response.json(body, { status, headers });
  response.headers.set('x-request-id', requestId);
  response.headers.set('cache-control', 'no-store');
  return response;
}

/** Mutations come only from our own pages (or non-browser clients): the CSRF guard. */
function assertSameOrigin(request: Request) {
  if (request.headers.get('sec-fetch-site') === 'cross-site')
    throw new AppError('FORBIDDEN', { message: 'Cross-site requests are not accepted' });
  const origin = request.headers.get('origin');
  if (!origin) return;
  // The host this request came to; X-Forwarded-Host counts only from a trusted proxy.
  const host = new URL(requestOrigin(request)).host;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost !== host) throw new AppError('FORBIDDEN', { message: 'Requests must come from this app' });
}

/** Mutations take JSON only: a form post from another site cannot reach a handler. */
async function readJsonBody(request: Request): Promise<{ text: string; value: unknown }> {
  const contentType = request.headers.get('content-type') ?? '';
  const text = await readLimitedBody(request, MAX_BODY_BYTES);
  if (text.trim() === '' && !contentType) return { text, value: undefined };
  if (!/^application\/json\b/i.test(contentType)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: 'Send the body as application/json' });
  }
  if (text.trim() === '') return { text, value: undefined };
  try {
    return { text, value: JSON.parse(text) };
  } catch {
    throw new AppError('BAD_REQUEST', { message: 'The body is not valid JSON' });
  }
}

/**
 * A success that is not JSON (an endpoint with `responseType`, e.g. a CSV download): the handler
 * returns the text, and may name the file with a `content-disposition` in `context.headers`.
 */
function text(status: number, body: string, type: string, requestId: string, headers: Headers): Response {
  const response = new Response(body, { status, headers });
  response.headers.set('content-type', `${type}; charset=utf-8`);
  response.headers.set('x-request-id', requestId);
  response.headers.set('cache-control', 'no-store');
  return response;
}

function replay(stored: StoredAnswer, requestId: string): Response {
  return json(stored.status, stored.body, requestId, { 'idempotent-replayed': 'true' });
}

/** The Idempotency-Key of a request to an endpoint that honours one, checked; null without a key. */
function idempotencyRequest(
  endpoint: Endpoint,
  request: Request,
  actor: Actor | null,
  path: string,
  bodyText: string,
): IdempotencyRequest | null {
  const key = request.headers.get('idempotency-key');
  if (endpoint.idempotency === 'required' && !key)
    throw new AppError('BAD_REQUEST', { message: 'This request needs an Idempotency-Key header' });
  if (key !== null && (key.length < 1 || key.length > 255))
    throw new AppError('BAD_REQUEST', { message: 'Idempotency-Key must be 1 to 255 characters' });
  if (!endpoint.idempotency || !key) return null;
  return {
    // A paired till's keys are the device's: a change queued offline by one cashier and replayed
    // after another signed in on the same till is still recognised as the same request.
    scope: actor ? (actor.deviceId ? `device:${actor.deviceId}` : `user:${actor.userId}`) : 'public',
    key,
    method: request.method,
    path,
    endpointPath: endpoint.path,
    requestHash: hashRequest(request.method, path, bodyText),
  };
}

/**
 * Runs the handler. With an Idempotency-Key, the answer is the one its transaction committed; a
 * duplicate that lost the race to the first request replays the first one's answer.
 */
async function answer<E extends Endpoint>(
  endpoint: E,
  handler: RouteHandler<E>,
  context: RouteContext<E>,
  hold: IdempotencyHold | null,
): Promise<Response> {
  let result: unknown;
  try {
    result = await handler(context);
  } catch (error) {
    if (!(error instanceof IdempotencyReplayError) || !hold) throw error;
    const stored = await findStoredAnswer(context.db, hold.request);
    if (!stored) {
      throw new AppError('CONFLICT', {
        message: 'This Idempotency-Key is in use; retry in a moment',
        details: { reason: 'IDEMPOTENCY_KEY_IN_USE' },
      });
    }
    return replay(stored, context.requestId);
  }
  if (result instanceof Response) {
    result.headers.set('x-request-id', context.requestId);
    return result;
  }
  if (!hold && endpoint.responseType) {
    const body = endpoint.response.parse(result);
    if (typeof body !== 'string') throw new Error(`${endpoint.method} ${endpoint.path} must answer text`);
    return text(endpoint.successStatus ?? 200, body, endpoint.responseType, context.requestId, context.headers);
  }
  if (!hold || hold.isUnchanged)
    return json(endpoint.successStatus ?? 200, endpoint.response.parse(result), context.requestId, context.headers);
  // An endpoint that honours Idempotency-Key must store its answer in the transaction of its change;
  // answering without having done so would reopen the crash window this design closes.
  const committed = hold.committed;
  if (!committed)
    throw new Error(`${endpoint.method} ${endpoint.path} answered without committing its Idempotency-Key`);
  return json(committed.status, committed.body, context.requestId, context.headers);
}

/**
 * Every API route goes through here: request id, same-origin check, authentication, permission,
 * rate limit, zod parsing of params, query and body, Idempotency-Key replay, and the one mapping
 * of errors to `{ error: { code, message, details? } }`. The use case still checks its own rules.
 */
export function route<E extends Endpoint>(endpoint: E, handler: RouteHandler<E>) {
  const wrapped = async (request: Request, context?: NextRouteContext): Promise<Response> => {
    const started = performance.now();
    const incomingId = request.headers.get('x-request-id');
    const requestId = incomingId && /^[\w-]{8,64}$/.test(incomingId) ? incomingId : randomUUID();
    const log = getLogger().child({ requestId });
    const path = new URL(request.url).pathname;
    const isMutation = request.method !== 'GET' && request.method !== 'HEAD';
    let response: Response;
    let actor: Actor | null = null;
    try {
      const db = getDb();
      const now = new Date();
      if (isMutation) assertSameOrigin(request);
      // Public endpoints (health probes, the PIN pad's device lookup) never read the session: no
      // database round trip for a cookie they do not use.
      if (endpoint.access !== 'public') {
        actor = await loadActor(db, request.headers.get('cookie'));
        if (!actor) throw new AppError('UNAUTHENTICATED', { message: 'Sign in first' });
        if (!canAccess(actor.role, endpoint.access)) {
          throw new AppError('FORBIDDEN', {
            message: `Your role (${actor.role.toLowerCase()}) cannot do this`,
            details: { permission: endpoint.access },
          });
        }
      }
      if (isMutation && actor) {
        const budget = writeBudgetOf(actor);
        const limit = await getRateLimiter().hit(budget.key, budget.rule, now);
        if (!limit.allowed)
          throw new AppError('RATE_LIMITED', {
            message: 'Too many requests; slow down',
            details: { retryAfterSeconds: limit.retryAfterSeconds },
          });
      }
      const rawParams = context ? await context.params : {};
      const params = endpoint.params
        ? endpoint.params.safeParse(rawParams)
        : { success: true as const, data: undefined };
      if (!params.success) throw new AppError('NOT_FOUND', { message: 'Not found' });
      const query = endpoint.query
        ? endpoint.query.parse(Object.fromEntries(new URL(request.url).searchParams))
        : undefined;
      const rawBody = isMutation ? await readJsonBody(request) : { text: '', value: undefined };
      const body = endpoint.body ? endpoint.body.parse(rawBody.value ?? {}) : undefined;

      const idempotency = idempotencyRequest(endpoint, request, actor, path, rawBody.text);
      const stored = idempotency ? await findStoredAnswer(db, idempotency) : null;
      if (idempotency && stored) {
        response = replay(stored, requestId);
      } else {
        const hold = idempotency
          ? new IdempotencyHold(idempotency, (result) => ({
              status: endpoint.successStatus ?? 200,
              body: endpoint.response.parse(result),
            }))
          : null;
        const headers = new Headers();
        const context = {
          db,
          request,
          requestId,
          now,
          actor,
          params: params.data,
          query,
          body,
          headers,
          idempotency: hold,
        } as RouteContext<E>;
        response = await answer(endpoint, handler, context, hold);
      }
    } catch (error) {
      const appError = toAppError(error);
      if (appError.status >= 500) log.error({ err: error, method: request.method, path }, 'request failed');
      const headers: HeadersInit =
        appError.code === 'RATE_LIMITED'
          ? { 'retry-after': String((appError.details as { retryAfterSeconds?: number })?.retryAfterSeconds ?? 60) }
          : {};
      response = json(appError.status, appError.toBody(), requestId, headers);
    }
    log.info(
      {
        method: request.method,
        path,
        status: response.status,
        ms: Math.round(performance.now() - started),
        userId: actor?.userId,
      },
      'request',
    );
    return response;
  };
  return Object.assign(wrapped, { endpoint });
}
