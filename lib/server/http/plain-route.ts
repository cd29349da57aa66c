import 'server-only';
import { randomUUID } from 'node:crypto';
import { type Db, getDb } from '@/lib/db';
import { getLogger } from '../logger';
import { toAppError } from './error-response';

export type PlainRouteContext = {
  db: Db;
  request: Request;
  requestId: string;
  now: Date;
  params: Record<string, string | string[] | undefined>;
};

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * Routes outside the JSON API, which must read their own body (webhooks verify signatures on the
 * raw bytes; the test bank takes a form): a request id, the database to hand to use cases, one
 * clock reading, and the one mapping of errors to `{ error: { code, message, details? } }`.
 */
export function plainRoute(handler: (context: PlainRouteContext) => Promise<Response>) {
  return async (request: Request, context?: NextRouteContext): Promise<Response> => {
    const incomingId = request.headers.get('x-request-id');
    const requestId = incomingId && /^[\w-]{8,64}$/.test(incomingId) ? incomingId : randomUUID();
    let response: Response;
    try {
      const params = context ? await context.params : {};
      response = await handler({ db: getDb(), request, requestId, now: new Date(), params });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.status >= 500) {
        getLogger().error({ err: error, requestId, path: new URL(request.url).pathname }, 'request failed');
      }
      response = Response.json(appError.toBody(), { status: appError.status });
    }
    // Response.redirect() and friends have immutable headers: answer with a copy.
    const headers = new Headers(response.headers);
    headers.set('x-request-id', requestId);
    headers.set('cache-control', 'no-store');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
