import { describe, expect, it } from 'vitest';
import type { TCashSession } from '@/lib/schemas/payments';
import { applyDrawerChange, type DrawerRequest, drawerWithWaitingChanges } from './local-drawer';

const SESSION = '00000000-0000-4000-8000-000000000001';
const OTHER_SESSION = '00000000-0000-4000-8000-000000000002';
const CASHIER = '00000000-0000-4000-8000-00000000000c';

// £100 float, £42.50 of cash sales, £5 refunded, £10 paid out already: £127.50 expected.
const drawer: TCashSession = {
  id: SESSION,
  deviceId: '00000000-0000-4000-8000-0000000000d1',
  status: 'OPEN',
  floatPence: 10_000,
  openedBy: { id: CASHIER, name: 'Casey' },
  openedAt: '2026-12-01T08:00:00.000Z',
  expectedPence: 12_750,
  cashSalesPence: 4_250,
  cashRefundsPence: 500,
  movements: [
    {
      id: '00000000-0000-4000-8000-0000000000a0',
      kind: 'PAY_OUT',
      amountPence: 1_000,
      reason: 'Milk',
      createdById: CASHIER,
      createdAt: '2026-12-01T09:00:00.000Z',
    },
  ],
  closedAt: null,
  countedPence: null,
  variancePence: null,
  denominations: null,
  approvedById: null,
};

let next = 0;
function movement(kind: DrawerRequest['body']['kind'], amountPence: number, sessionId = SESSION): DrawerRequest {
  next += 1;
  const id = `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  return { name: 'cashMovement', params: { id: sessionId }, body: { id, kind, amountPence, reason: ' Float top-up ' } };
}

const at = { userId: CASHIER, now: new Date('2026-12-01T12:00:00.000Z') };

describe('a drawer change answered on the till', () => {
  it.each([
    ['PAY_IN', 2_000, 14_750],
    ['PAY_OUT', 2_000, 10_750],
    ['SAFE_DROP', 5_000, 7_750],
    // A no sale opens the drawer and moves no money, whatever amount came with it.
    ['NO_SALE', 999, 12_750],
  ] as const)('%s of %i pence leaves %i pence expected (lib/domain expectedCash)', (kind, amountPence, expected) => {
    const request = movement(kind, amountPence);
    const after = applyDrawerChange(drawer, request, at);
    expect(after.expectedPence).toBe(expected);
    expect(after.movements.at(-1)).toEqual({
      id: request.body.id,
      kind,
      amountPence: kind === 'NO_SALE' ? 0 : amountPence,
      reason: 'Float top-up',
      createdById: CASHIER,
      createdAt: '2026-12-01T12:00:00.000Z',
    });
  });

  it('applies once, however often it is folded in', () => {
    const request = movement('PAY_IN', 1_500);
    const once = applyDrawerChange(drawer, request, at);
    expect(applyDrawerChange(once, request, at)).toBe(once);
  });

  it('is refused on a closed drawer', () => {
    const closed = { ...drawer, status: 'CLOSED' as const, closedAt: '2026-12-01T11:00:00.000Z' };
    expect(() => applyDrawerChange(closed, movement('PAY_IN', 100), at)).toThrow(/drawer is closed/);
  });
});

describe('the drawer with what the till holds that the server has not had', () => {
  const change = (request: DrawerRequest) => ({ request, userId: CASHIER, createdAt: at.now.getTime() });

  it("adds the cash taken offline (amount and tip) to the sales and the waiting movements on top, ignoring another drawer's", () => {
    const payIn = movement('PAY_IN', 2_000);
    const elsewhere = movement('PAY_OUT', 9_999, OTHER_SESSION);
    const shown = drawerWithWaitingChanges(
      drawer,
      [change(payIn), change(elsewhere)],
      [
        { id: 'p1', amountPence: 450, tipPence: 50 },
        { id: 'p2', amountPence: 1_000, tipPence: 0 },
      ],
    );
    expect(shown.offlineCashPence).toBe(1_500);
    expect(shown.cashSalesPence).toBe(5_750);
    expect(shown.expectedPence).toBe(12_750 + 1_500 + 2_000);
    expect(shown.waitingMovementIds).toEqual([payIn.body.id]);
  });

  it('does not count twice a movement the server already shows (its answer was lost, the drawer since refetched)', () => {
    const payIn = movement('PAY_IN', 2_000);
    const synced = applyDrawerChange(drawer, payIn, at);
    const shown = drawerWithWaitingChanges(synced, [change(payIn)], []);
    expect(shown.expectedPence).toBe(14_750);
    expect(shown.waitingMovementIds).toEqual([]);
  });

  it('shows a closed drawer as the server said', () => {
    const closed = { ...drawer, status: 'CLOSED' as const, closedAt: '2026-12-01T11:00:00.000Z' };
    const shown = drawerWithWaitingChanges(
      closed,
      [change(movement('PAY_IN', 100))],
      [{ id: 'p', amountPence: 1, tipPence: 0 }],
    );
    expect(shown).toMatchObject({ expectedPence: 12_750, offlineCashPence: 0, waitingMovementIds: [] });
  });
});
