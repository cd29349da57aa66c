// The till's own answer to a drawer change it could not send (issue 12): pay in, pay out, safe
// drop or no sale, and the cash it took offline, on top of the drawer the server last showed, with
// what should be in it from lib/domain's expectedCash (the server's own sum). Pure: no I/O, and a
// change applies once however often it is folded in (a movement carries its change's id).
import { expectedCash } from '@/lib/domain/cash';
import type { TCashSession } from '@/lib/schemas/payments';
import { LocalRefusal } from './local-order';

/** A drawer change the till keeps until the server has it (the API request, as sent). */
export type DrawerRequest = {
  name: 'cashMovement';
  params: { id: string };
  /** `id`: the movement's, the change's own Idempotency-Key, so the drawer knows it once synced. */
  body: { id: string; kind: TCashSession['movements'][number]['kind']; amountPence: number; reason: string };
};

/** Cash this till took offline that the server has not had: each payment's amount and tip. */
export type OfflineCash = { id: string; amountPence: number; tipPence: number };

/** A drawer as the till shows it: the server's, plus what it holds that the server has not had. */
export type ShownDrawer = TCashSession & {
  /** Cash sales (with tips) taken offline and still waiting to sync; 0 when none. */
  offlineCashPence: number;
  /** Movements made offline and still waiting to sync, by id. */
  waitingMovementIds: string[];
};

function withExpected(session: TCashSession): TCashSession {
  return {
    ...session,
    expectedPence: expectedCash({
      floatPence: session.floatPence,
      cashTakenPence: session.cashSalesPence,
      cashRefundedPence: session.cashRefundsPence,
      movements: session.movements,
    }),
  };
}

/** The drawer after a movement, as the server will make it (its time and id are the till's). */
export function applyDrawerChange(
  session: TCashSession,
  request: DrawerRequest,
  context: { userId: string; now: Date },
): TCashSession {
  if (session.status !== 'OPEN') throw new LocalRefusal('This drawer is closed: open a new one first');
  const { id, kind, amountPence, reason } = request.body;
  if (session.movements.some((movement) => movement.id === id)) return session;
  return withExpected({
    ...session,
    movements: [
      ...session.movements,
      {
        id,
        kind,
        amountPence: kind === 'NO_SALE' ? 0 : amountPence,
        reason: reason.trim(),
        createdById: context.userId,
        createdAt: context.now.toISOString(),
      },
    ],
  });
}

/**
 * The drawer the server last showed with this till's waiting changes on top: its offline
 * movements, and the cash it took offline counted in its sales (amount and tip, as the server
 * counts them). A closed drawer is shown as the server said.
 */
export function drawerWithWaitingChanges(
  session: TCashSession,
  waiting: readonly { request: DrawerRequest; userId: string; createdAt: number }[],
  offlineCash: readonly OfflineCash[],
): ShownDrawer {
  if (session.status !== 'OPEN') return { ...session, offlineCashPence: 0, waitingMovementIds: [] };
  const offlineCashPence = offlineCash.reduce((sum, cash) => sum + cash.amountPence + cash.tipPence, 0);
  let shown = withExpected({ ...session, cashSalesPence: session.cashSalesPence + offlineCashPence });
  const waitingMovementIds: string[] = [];
  for (const change of waiting) {
    if (change.request.params.id !== session.id) continue;
    const { id } = change.request.body;
    const known = session.movements.some((movement) => movement.id === id);
    shown = applyDrawerChange(shown, change.request, { userId: change.userId, now: new Date(change.createdAt) });
    if (!known) waitingMovementIds.push(id);
  }
  return { ...shown, offlineCashPence, waitingMovementIds };
}
