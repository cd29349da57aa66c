import 'server-only';
import { createHash, hkdfSync, scrypt } from 'node:crypto';
import { getAuthSecret } from '@/lib/env';

/** A key for one purpose, derived from AUTH_SECRET so one secret never signs two kinds of thing. */
export function deriveKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', getAuthSecret(), 'fynlo', purpose, 32));
}

/**
 * PIN hash: scrypt with the location as salt. Deterministic on purpose, so a PIN can be looked up
 * (and kept unique) within a location; a 4–6 digit PIN is guessable offline whatever the hash, so
 * the real protection is the device pairing and the attempt limits. Independent of AUTH_SECRET so
 * that rotating the secret does not lock every member of staff out.
 */
export function hashPin(pin: string, locationId: string): Promise<string> {
  const salt = createHash('sha256').update(`fynlo-pin:${locationId}`).digest();
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, 32, { N: 16_384, r: 8, p: 1 }, (error, key) =>
      error ? reject(error) : resolve(key.toString('base64url')),
    ),
  );
}
