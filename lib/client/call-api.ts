// The typed API client: every call names an endpoint of the contract (lib/schemas/api.ts), and its
// params, query, body, Idempotency-Key and answer are typed from that endpoint's zod schemas
// (`z.input` going out, `z.output` coming back). Only the method and path travel to the browser
// (lib/schemas/api-routes.ts); the schemas are types here, so no page ships them.
import type { z } from 'zod';
import { parseErrorBody, type ErrorBody } from '@/lib/errors';
import type { api } from '@/lib/schemas/api';
import { API_ROUTES, type ApiRouteName } from '@/lib/schemas/api-routes';
import { ApiError } from './api-error';

type Api = typeof api;
export type EndpointName = ApiRouteName & keyof Api;

type ParamsPart<E> = E extends { params: z.ZodType } ? { params: z.input<E['params']> } : { params?: never };
type QueryPart<E> = E extends { query: z.ZodType } ? { query?: z.input<E['query']> } : { query?: never };
type BodyPart<E> = E extends { body: z.ZodType } ? { body: z.input<E['body']> } : { body?: never };
type KeyPart<E> = E extends { idempotency: 'required' }
  ? { idempotencyKey: string }
  : E extends { idempotency: 'optional' }
    ? { idempotencyKey?: string }
    : { idempotencyKey?: never };

/** How a request reaches the server: `fetch` in the browser; tests pass their own. */
export type Transport = (path: string, init: RequestInit) => Promise<Response>;

export type CallOptions<N extends EndpointName> = ParamsPart<Api[N]> &
  QueryPart<Api[N]> &
  BodyPart<Api[N]> &
  KeyPart<Api[N]> & {
    signal?: AbortSignal;
    headers?: Record<string, string>;
    transport?: Transport;
  };

/** What an endpoint takes as its body (before its schema's defaults and transforms). */
export type ApiBody<N extends EndpointName> = Api[N] extends { body: infer B extends z.ZodType } ? z.input<B> : never;

/** What an endpoint answers when it succeeds. */
export type ApiOutput<N extends EndpointName> = Api[N] extends { response: infer R extends z.ZodType }
  ? z.output<R>
  : never;

export type ApiResult<N extends EndpointName> =
  | { ok: true; status: number; headers: Headers; data: ApiOutput<N> }
  | { ok: false; status: number; headers: Headers; error: ErrorBody['error'] };

const browserFetch: Transport = (path, init) => fetch(path, { ...init, credentials: 'same-origin' });

/** The endpoint's path with its params filled in, and its query string. */
export function apiPath(name: EndpointName, params?: Record<string, unknown>, query?: Record<string, unknown>): string {
  const path = API_ROUTES[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined || value === null) throw new Error(`${name} needs the path parameter ${key}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const queryString = search.toString();
  return queryString ? `${path}?${queryString}` : path;
}

/**
 * Calls an endpoint and returns its answer or its error body, never throwing for an HTTP error
 * (tests and screens that branch on a refusal use this). A network failure throws ApiError NETWORK.
 */
export async function requestApi<N extends EndpointName>(name: N, options: CallOptions<N>): Promise<ApiResult<N>> {
  const { params, query, body, idempotencyKey, signal, headers: extra, transport = browserFetch } = options;
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  let response: Response;
  try {
    response = await transport(apiPath(name, params, query), {
      method: API_ROUTES[name].method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', 'Cannot reach the server. Check the connection and try again.', error);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) {
    // Our own server's answer, shaped by the endpoint's response schema on its way out.
    return { ok: true, status: response.status, headers: response.headers, data: payload as ApiOutput<N> };
  }
  const error = parseErrorBody(payload) ?? { code: 'INTERNAL', message: `Request failed (${response.status})` };
  return { ok: false, status: response.status, headers: response.headers, error };
}

/** Calls an endpoint and returns its answer; any failure is thrown as an ApiError. */
export async function callApi<N extends EndpointName>(name: N, options: CallOptions<N>): Promise<ApiOutput<N>> {
  const result = await requestApi(name, options);
  if (result.ok) return result.data;
  throw new ApiError(result.status, result.error.code, result.error.message, result.error.details);
}
