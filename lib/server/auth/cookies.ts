import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from './secrets';

/**
 * Cookie names by how the browser reached us. Over https (directly, or through a trusted proxy
 * that says so) cookies are Secure and __Host- prefixed, so nothing served over plain http, nor a
 * sibling host, can plant or overwrite them; over http (a till on the café's LAN) they are plain.
 * Decided per request, never from PUBLIC_URL: the same server may be reached both ways.
 */
const NAMES = {
  session: { secure: '__Host-fynlo.session', plain: 'fynlo.session' },
  device: { secure: '__Host-fynlo.device', plain: 'fynlo.device' },
} as const;

export function sessionCookieName(secure: boolean): string {
  return secure ? NAMES.session.secure : NAMES.session.plain;
}

export function deviceCookieName(secure: boolean): string {
  return secure ? NAMES.device.secure : NAMES.device.plain;
}

/**
 * Reads a cookie set under either name. The __Host- one wins: browsers send it only over https
 * and only from this host, so a plain one never shadows it.
 */
export function readAppCookie(
  cookieHeader: string | null | undefined,
  kind: keyof typeof NAMES,
): { name: string; value: string } | null {
  for (const name of [NAMES[kind].secure, NAMES[kind].plain]) {
    const value = readCookie(cookieHeader, name);
    if (value) return { name, value };
  }
  return null;
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

export function serializeCookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  const parts = [`${name}=${value}`, 'Path=/', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) parts.push('Secure');
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
