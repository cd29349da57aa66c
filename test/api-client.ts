// The typed API client (lib/client/call-api.ts) for tests: requests by endpoint name, answered
// in-process by the real route handlers (test/route-table.ts) exactly as Next would call them, or
// over HTTP by a running server (`origin`).
import { callApi, type CallOptions, type EndpointName, requestApi, type Transport } from '@/lib/client/call-api';
import { PEER_ADDRESS_HEADER } from '@/lib/server/http/peer-stamp';
import { BASE_URL } from './http';
import { dispatch } from './route-table';

export { type ApiBody, type ApiQuery, dataOf, errorOf } from './api-result';

export type TestApiOptions = {
  /** The session cookie to send (none: an anonymous caller, e.g. the customer's phone). */
  cookie?: string;
  /** A running server to call over HTTP instead of the in-process handlers. */
  origin?: string;
  /** In-process: the address the requests' connection comes from, as the peer stamp records it. */
  from?: string;
};

/** A client that calls the API as one person (cookie) from one place (in-process or `origin`). */
export function testApi({ cookie, origin, from }: TestApiOptions = {}) {
  const transport: Transport = (path, init) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    if (from) headers.set(PEER_ADDRESS_HEADER, from);
    if (origin) return fetch(`${origin}${path}`, { ...init, headers });
    return dispatch(new Request(`${BASE_URL}${path}`, { ...init, headers }));
  };
  return {
    /** The answer, or the error body with its status (never throws for an HTTP error). */
    request: <N extends EndpointName>(name: N, options: CallOptions<N>) => requestApi(name, { ...options, transport }),
    /** The answer; an HTTP error is thrown as an ApiError. */
    call: <N extends EndpointName>(name: N, options: CallOptions<N>) => callApi(name, { ...options, transport }),
  };
}

export type TestApi = ReturnType<typeof testApi>;
