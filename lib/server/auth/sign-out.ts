import 'server-only';
import type { Db } from '@/lib/db';
import { recordChange } from '../outbox/record-change';
import type { TSessionClaims } from './actor';

export type SignOutOptions = { db: Db; claims: TSessionClaims; now: Date };

/**
 * Ends a session on the server, not just in the browser: the person's session version goes up, so
 * this cookie and any copy of it are refused from the next request, and the realtime sidecar drops
 * their sockets when it reads the event. Sessions are versioned per person, so signing out ends
 * every session they hold (each till and the office). A copy of an already ended session changes
 * nothing and returns false.
 */
export async function signOut({ db, claims, now }: SignOutOptions): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: claims.sub, sessionVersion: claims.sv },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count !== 1) return false;
    const { organisationId } = await tx.user.findUniqueOrThrow({
      where: { id: claims.sub },
      select: { organisationId: true },
    });
    const sessionVersion = claims.sv + 1;
    await recordChange(tx, {
      audit: {
        organisationId,
        locationId: claims.lid,
        actorUserId: claims.sub,
        deviceId: claims.did,
        action: 'auth.signed_out',
        entityType: 'User',
        entityId: claims.sub,
        before: { sessionVersion: claims.sv },
        after: { sessionVersion },
        createdAt: now,
      },
      events: [
        { locationId: claims.lid, type: 'user.sessions_ended', payload: { userId: claims.sub, sessionVersion } },
      ],
    });
    return true;
  });
}
