// Reading the typed API client's answers (lib/client/call-api.ts) in tests, in-process or end to
// end: no server code here, so Playwright specs share it with the integration tests.
import type { ApiOutput, ApiResult, CallOptions, EndpointName } from '@/lib/client/call-api';

export type { ApiBody } from '@/lib/client/call-api';

/** What a request to an endpoint sends as its query string (the contract's `z.input`). */
export type ApiQuery<N extends EndpointName> = CallOptions<N>['query'];

/** The answer of a request that must have succeeded; a refusal fails the test with its error. */
export function dataOf<N extends EndpointName>(result: ApiResult<N>): ApiOutput<N> {
  if (result.ok) return result.data;
  const { code, message } = result.error;
  throw new Error(`Expected an answer, got ${result.status} ${code}: ${message}`);
}

/** The error body of a refused request (undefined when it succeeded). */
export function errorOf<N extends EndpointName>(result: ApiResult<N>) {
  return result.ok ? undefined : result.error;
}
