import 'server-only';
import { DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieName, serializeCookie, signDeviceCookie } from '../auth/cookies';
import { isSecureRequest } from './client-address';

/**
 * Marks this browser as a paired device (the signed, HttpOnly device cookie PIN sign-in needs),
 * Secure and __Host- when the request came over https. Both ways of pairing answer with it.
 */
export function setDeviceCookie(headers: Headers, request: Request, deviceId: string): void {
  const secure = isSecureRequest(request);
  headers.append(
    'set-cookie',
    serializeCookie(deviceCookieName(secure), signDeviceCookie(deviceId), DEVICE_COOKIE_MAX_AGE_SECONDS, secure),
  );
}
