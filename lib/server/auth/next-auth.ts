import 'server-only';
import { randomUUID } from 'node:crypto';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { getAuthSecret } from '@/lib/env';
import { ZPasswordCredentials, ZPinCredentials } from '@/lib/schemas/session';
import { getLogger } from '../logger';
import { ZSessionClaims } from './actor';
import { readAppCookie, sessionCookieName, verifyDeviceCookie } from './cookies';
import { signInWithPassword } from './sign-in-with-password';
import { signInWithPin, type SignedInUser } from './sign-in-with-pin';
import { SESSION_MAX_AGE_SECONDS, signOut } from './sign-out';
import { clientAddress, isSecureRequest } from '../http/client-address';

/** The reason reaches the client as `code` (?code=locked), so the PIN pad can say what happened. */
class SignInFailed extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

const ZSignedInUser = z.object({
  id: z.uuid(),
  locationId: z.uuid(),
  sessionVersion: z.number().int(),
  deviceId: z.uuid().nullable(),
});

function toSessionUser(user: SignedInUser) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locationId: user.locationId,
    sessionVersion: user.sessionVersion,
    deviceId: user.deviceId,
  };
}

// Built per request: the session cookie is Secure (and __Host-) exactly when this browser reached
// us over https, whatever PUBLIC_URL says.
export const { handlers } = NextAuth((request) => ({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  cookies: {
    sessionToken: {
      name: sessionCookieName(request ? isSecureRequest(request) : false),
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: request ? isSecureRequest(request) : false },
    },
  },
  logger: {
    error: (error) => getLogger().warn({ err: error.name }, 'auth error'),
    warn: (code) => getLogger().debug({ code }, 'auth warning'),
  },
  providers: [
    Credentials({
      id: 'password',
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        const parsed = ZPasswordCredentials.safeParse(credentials);
        if (!parsed.success) throw new SignInFailed('invalid');
        const result = await signInWithPassword({
          db: getDb(),
          ...parsed.data,
          address: clientAddress(request),
          now: new Date(),
        });
        if (!result.ok) throw new SignInFailed(result.reason);
        return toSessionUser(result.user);
      },
    }),
    Credentials({
      id: 'pin',
      name: 'Staff PIN',
      credentials: { pin: { type: 'password' } },
      async authorize(credentials, request) {
        const parsed = ZPinCredentials.safeParse(credentials);
        if (!parsed.success) throw new SignInFailed('invalid');
        const deviceId = verifyDeviceCookie(readAppCookie(request.headers.get('cookie'), 'device')?.value);
        const result = await signInWithPin({ db: getDb(), deviceId, pin: parsed.data.pin, now: new Date() });
        if (!result.ok) throw new SignInFailed(result.reason);
        return toSessionUser(result.user);
      },
    }),
  ],
  events: {
    // next-auth clears the cookie; this ends the session itself, so a copy of the cookie dies too.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      const claims = ZSessionClaims.safeParse(token);
      if (!claims.success) return;
      const expiresAt = typeof token?.exp === 'number' ? new Date(token.exp * 1000) : undefined;
      await signOut({ db: getDb(), claims: claims.data, expiresAt, now: new Date() });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (!user) return token;
      const claims = ZSignedInUser.parse(user);
      // A fresh id per sign-in: signing out ends this session, not the person's others.
      return {
        ...token,
        sub: claims.id,
        lid: claims.locationId,
        sv: claims.sessionVersion,
        did: claims.deviceId,
        sid: randomUUID(),
      };
    },
  },
}));
