import { parseErrorBody } from '@/lib/errors';
import { ApiError } from './api-error';

export { ApiError } from './api-error';

type ApiFetchOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
};

/** Calls our API with JSON in and out; every error comes back as an ApiError. */
export async function apiFetch<T>(
  path: string,
  { method = 'GET', body, idempotencyKey, signal }: ApiFetchOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', 'Cannot reach the server. Check the connection and try again.', error);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = parseErrorBody(payload);
    throw new ApiError(
      response.status,
      parsed?.code ?? 'INTERNAL',
      parsed?.message ?? `Request failed (${response.status})`,
      parsed?.details,
    );
  }
  return payload as T;
}
