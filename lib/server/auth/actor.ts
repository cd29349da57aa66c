import 'server-only';
import { decode } from 'next-auth/jwt';
import { z } from 'zod';
import type { DbOrTx } from '@/lib/db';
import { getAuthSecret } from '@/lib/env';
import type { TPermission, TRole } from '@/lib/schemas/permissions';
import { permissionsOf } from '../permissions';
import { readAppCookie } from './cookies';

/** Who is acting: every use case receives one and scopes its queries to `locationId`. */
export type Actor = {
  userId: string;
  name: string;
  organisationId: string;
  locationId: string;
  role: TRole;
  permissions: readonly TPermission[];
  /** Set for PIN sessions: the paired till or kitchen screen they were opened on. */
  deviceId: string | null;
  /** The person's session version this session was opened under (realtime tokens carry it). */
  sessionVersion: number;
  /** This session's own id, drawn at sign-in: signing out ends this session and no other. */
  sessionId: string;
};

/** Claims Fynlo keeps in the session JWT (on top of next-auth's own). */
export const ZSessionClaims = z.object({
  sub: z.uuid(),
  lid: z.uuid(),
  sv: z.number().int(),
  did: z.uuid().nullable(),
  /** The session's id: signing out records it as ended (a JWT without one is from before, refused). */
  sid: z.uuid(),
});
export type TSessionClaims = z.infer<typeof ZSessionClaims>;

/** Decoded session tokens, so the key derivation and decryption run once per token, not per request. */
const claimsCache = new Map<string, { secret: string; claims: TSessionClaims; expiresAt: number }>();
const CLAIMS_CACHE_SIZE = 5_000;

/** Decodes the session cookie; null when absent, expired or forged. */
export async function readSessionClaims(cookieHeader: string | null): Promise<TSessionClaims | null> {
  const cookie = readAppCookie(cookieHeader, 'session');
  if (!cookie) return null;
  // next-auth salts the token with its cookie's name.
  const { name, value: token } = cookie;
  const secret = getAuthSecret();
  const cached = claimsCache.get(token);
  if (cached && cached.secret === secret && cached.expiresAt > Date.now()) return cached.claims;
  try {
    const decoded = await decode({ token, secret, salt: name });
    const claims = ZSessionClaims.safeParse(decoded);
    if (!claims.success) return null;
    // decode() refuses an expired token; the cache honours the same expiry.
    const expiresAt = typeof decoded?.exp === 'number' ? decoded.exp * 1000 : Date.now();
    if (claimsCache.size >= CLAIMS_CACHE_SIZE) claimsCache.delete(claimsCache.keys().next().value!);
    claimsCache.set(token, { secret, claims: claims.data, expiresAt });
    return claims.data;
  } catch {
    return null;
  }
}

type ActorRow = {
  role: TRole;
  name: string;
  isActive: boolean;
  sessionVersion: number;
  organisationId: string;
  deviceActive: boolean;
  isEnded: boolean;
};

/**
 * The actor behind a request, checked against the database on every call: a signed-out session, a
 * disabled user, a changed session version (deactivation, password or PIN reset), a removed role
 * or a revoked device is refused at once, however long the JWT still has to run. One statement:
 * it runs before every API call.
 */
export async function loadActor(db: DbOrTx, cookieHeader: string | null): Promise<Actor | null> {
  const claims = await readSessionClaims(cookieHeader);
  return claims ? findActor(db, claims) : null;
}

/**
 * The actor behind session claims, or null when the session has ended: it was signed out, the
 * person is disabled or their session version moved on (deactivated), their role here is gone, or
 * the device it was opened on is revoked. The realtime sidecar asks the same on each handshake.
 */
export async function findActor(db: DbOrTx, claims: TSessionClaims): Promise<Actor | null> {
  const [row] = await db.$queryRaw<ActorRow[]>`
    SELECT m."role"::text AS "role", u."name", u."isActive", u."sessionVersion", l."organisationId"::text AS "organisationId",
           (d."id" IS NOT NULL) AS "deviceActive", (e."id" IS NOT NULL) AS "isEnded"
    FROM "Membership" m
    JOIN "User" u ON u."id" = m."userId"
    JOIN "Location" l ON l."id" = m."locationId"
    LEFT JOIN "Device" d ON d."id" = ${claims.did}::uuid AND d."locationId" = m."locationId" AND d."revokedAt" IS NULL
    LEFT JOIN "EndedSession" e ON e."id" = ${claims.sid}::uuid
    WHERE m."userId" = ${claims.sub}::uuid AND m."locationId" = ${claims.lid}::uuid`;
  if (!row || row.isEnded || !row.isActive || row.sessionVersion !== claims.sv) return null;
  if (claims.did && !row.deviceActive) return null;
  return {
    userId: claims.sub,
    name: row.name,
    organisationId: row.organisationId,
    locationId: claims.lid,
    role: row.role,
    permissions: permissionsOf(row.role),
    deviceId: claims.did,
    sessionVersion: claims.sv,
    sessionId: claims.sid,
  };
}
