import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isHttps } from '@/lib/env';
import { deriveKey } from './secrets';

/** __Host- cookies must be Secure, so the prefix is used only when the app is served over https. */
export function sessionCookieName(): string {
  return isHttps() ? '__Host-fynlo.session' : 'fynlo.session';
}

export function deviceCookieName(): string {
  return isHttps() ? '__Host-fynlo.device' : 'fynlo.device';
}

/** Browsers cap cookie lifetime at 400 days; a paired till stays paired that long. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

function signature(deviceId: string): string {
  return createHmac('sha256', deriveKey('device-cookie')).update(deviceId).digest('base64url');
}

export function signDeviceCookie(deviceId: string): string {
  return `v1.${deviceId}.${signature(deviceId)}`;
}

/** The device id from a cookie value, or null when it is missing, malformed or forged. */
export function verifyDeviceCookie(value: string | undefined | null): string | null {
  if (!value) return null;
  const [version, deviceId, given] = value.split('.');
  if (version !== 'v1' || !deviceId || !given) return null;
  const expected = Buffer.from(signature(deviceId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? deviceId : null;
}

export function serializeCookie(name: string, value: string, maxAgeSeconds: number): string {
  const parts = [`${name}=${value}`, 'Path=/', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax'];
  if (isHttps()) parts.push('Secure');
  return parts.join('; ');
}

/** Reads one cookie from a Cookie header. */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined; // a malformed cookie is no cookie, not a server error
      }
    }
  }
  return undefined;
}
