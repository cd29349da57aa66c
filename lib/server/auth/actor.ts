import 'server-only';
import { decode } from 'next-auth/jwt';
import { z } from 'zod';
import type { DbOrTx } from '@/lib/db';
import { getAuthSecret } from '@/lib/env';
import type { TPermission, TRole } from '@/lib/schemas/permissions';
import { permissionsOf } from '../permissions';
import { readCookie, sessionCookieName } from './cookies';

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
};

/** Claims Fynlo keeps in the session JWT (on top of next-auth's own). */
export const ZSessionClaims = z.object({
  sub: z.uuid(),
  lid: z.uuid(),
  sv: z.number().int(),
  did: z.uuid().nullable(),
});
export type TSessionClaims = z.infer<typeof ZSessionClaims>;

/** Decodes the session cookie; null when absent, expired or forged. */
export async function readSessionClaims(cookieHeader: string | null): Promise<TSessionClaims | null> {
  const name = sessionCookieName();
  const token = readCookie(cookieHeader, name);
  if (!token) return null;
  try {
    const decoded = await decode({ token, secret: getAuthSecret(), salt: name });
    const claims = ZSessionClaims.safeParse(decoded);
    return claims.success ? claims.data : null;
  } catch {
    return null;
  }
}

/**
 * The actor behind a request, checked against the database on every call: a disabled user, a
 * changed session version (password or PIN reset, sign-out everywhere), a removed role or a
 * revoked device is refused at once, however long the JWT still has to run.
 */
export async function loadActor(db: DbOrTx, cookieHeader: string | null): Promise<Actor | null> {
  const claims = await readSessionClaims(cookieHeader);
  if (!claims) return null;
  const [membership, device] = await Promise.all([
    db.membership.findUnique({
      where: { userId_locationId: { userId: claims.sub, locationId: claims.lid } },
      select: {
        role: true,
        user: { select: { name: true, isActive: true, sessionVersion: true } },
        location: { select: { organisationId: true } },
      },
    }),
    claims.did
      ? db.device.findFirst({
          where: { id: claims.did, locationId: claims.lid, revokedAt: null },
          select: { id: true },
        })
      : null,
  ]);
  if (!membership || !membership.user.isActive || membership.user.sessionVersion !== claims.sv) return null;
  if (claims.did && !device) return null;
  return {
    userId: claims.sub,
    name: membership.user.name,
    organisationId: membership.location.organisationId,
    locationId: claims.lid,
    role: membership.role,
    permissions: permissionsOf(membership.role),
    deviceId: claims.did,
  };
}
