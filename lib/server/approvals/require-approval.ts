import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TRole } from '@/lib/schemas/permissions';
import type { Actor } from '../auth/actor';
import { reservePinAttempt } from '../auth/pin-attempts';
import { hashPin } from '../auth/secrets';
import { getLogger } from '../logger';
import { hasPermission } from '../permissions';

export type Approver = { id: string; name: string; role: TRole };
export type RequireApprovalOptions = {
  db: DbOrTx;
  actor: Actor;
  approval: { pin: string } | undefined;
  now: Date;
  action: string;
};

/**
 * Manager approval given inline (`approval: { pin }`): the PIN must belong to someone at the
 * actor's location whose role may grant approvals. Returns the approver, to be recorded on the
 * change and in its audit row. Wrong PINs count against the PIN budgets of the device it is typed on
 * (or of the person asking, without one) and of the location, as sign-in PINs do.
 */
export async function requireApproval({ db, actor, approval, now, action }: RequireApprovalOptions): Promise<Approver> {
  if (!approval) {
    throw new AppError('FORBIDDEN', {
      message: `${action} needs a manager's approval`,
      details: { approvalRequired: true },
    });
  }
  // Reserved before the PIN is looked at, against the till it is typed on (or, with no device, the
  // person asking) and the location: parallel guesses cannot outrun the count.
  const attempt = await reservePinAttempt(
    actor.deviceId
      ? { locationId: actor.locationId, deviceId: actor.deviceId }
      : { locationId: actor.locationId, deviceId: null, userId: actor.userId },
    now,
  );
  if (!attempt.ok) {
    throw new AppError('RATE_LIMITED', {
      message: 'Too many wrong PINs; wait a few minutes',
      details: { retryAfterSeconds: Math.max(1, Math.ceil((attempt.lockedUntil.getTime() - now.getTime()) / 1000)) },
    });
  }
  const pinHash = await hashPin(approval.pin, actor.locationId);
  const membership = await db.membership.findUnique({
    where: { locationId_pinHash: { locationId: actor.locationId, pinHash } },
    select: { role: true, user: { select: { id: true, name: true, isActive: true } } },
  });
  // One answer for every refusal: telling "wrong PIN" from "right PIN, wrong role" would let a
  // cashier learn a colleague's PIN here and then sign in as them.
  if (!membership || !membership.user.isActive || !hasPermission(membership.role, 'approvals:grant')) {
    await attempt.fail();
    getLogger().warn({ locationId: actor.locationId, userId: actor.userId, action }, 'approval PIN refused');
    throw new AppError('FORBIDDEN', {
      message: 'That PIN is not a manager’s PIN. Ask a manager to enter theirs.',
      details: { approvalRequired: true },
    });
  }
  await attempt.release();
  return { id: membership.user.id, name: membership.user.name, role: membership.role };
}

/**
 * The approver for an action that needs one: someone who may approve acts on their own authority;
 * anyone else needs an approving PIN in the same request.
 */
export async function approverFor(options: RequireApprovalOptions): Promise<string> {
  if (!options.approval && hasPermission(options.actor.role, 'approvals:grant')) return options.actor.userId;
  return (await requireApproval(options)).id;
}
