import 'server-only';
import type { Db } from '@/lib/db';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { findActor, type TSessionClaims } from './actor';

/** A shift, not a month: tills and office sessions both end after 12 hours (next-auth's maxAge). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export type SignOutOptions = {
  db: Db;
  claims: TSessionClaims;
  /** When the session's JWT expires; after that it is refused anyway. */
  expiresAt?: Date;
  now: Date;
};

/**
 * Ends a session on the server, not just in the browser: its id is recorded as ended, so this
 * cookie and any copy of it are refused from the next request, and the realtime sidecar drops its
 * sockets when it reads the event. Only this session ends: a manager who pairs a till and signs
 * out there stays signed in at the office. Returns false (and records nothing) for a session that
 * had already ended.
 */
export async function signOut({ db, claims, expiresAt, now }: SignOutOptions): Promise<boolean> {
  return writeTransaction(db, { now }, async (tx) => {
    const actor = await findActor(tx, claims);
    if (!actor) return false;
    const ended = await tx.endedSession.createMany({
      data: {
        id: claims.sid,
        userId: actor.userId,
        locationId: actor.locationId,
        endedAt: now,
        expiresAt: expiresAt ?? new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      },
      skipDuplicates: true,
    });
    if (ended.count !== 1) return false;
    // Rows whose JWTs have expired on their own are no longer needed.
    await tx.endedSession.deleteMany({ where: { expiresAt: { lt: now } } });
    await recordChange(tx, {
      by: actor,
      action: 'auth.signed_out',
      entity: { type: 'User', id: actor.userId },
      after: { sessionId: claims.sid },
      now: now,
      events: [
        {
          locationId: actor.locationId,
          type: 'user.signed_out',
          payload: { userId: actor.userId, sessionId: claims.sid },
        },
      ],
    });
    return true;
  });
}
