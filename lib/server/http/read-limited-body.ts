import 'server-only';
import { AppError } from '@/lib/errors';

/**
 * The body as text, read only up to `maxBytes`: a larger one (declared or actual) is refused with
 * 413 after at most `maxBytes` + one chunk has been read, so nobody can make us hold 30 MB to say no.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<string> {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / (1024 * 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', { message: `The request body is over ${size}` });
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
