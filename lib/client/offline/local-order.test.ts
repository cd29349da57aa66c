import { describe, expect, it } from 'vitest';
import type { TMenuResponse } from '@/lib/schemas/menu';
import { OrderNotEditableError } from '@/lib/domain/order-state';
import {
  applyLocally,
  changeShown,
  linesAFireCovers,
  linesASendCovers,
  LocalRefusal,
  type QueuedRequest,
} from './local-order';

const ids = {
  order: '00000000-0000-4000-8000-000000000001',
  flatWhite: '00000000-0000-4000-8000-000000000010',
  croissant: '00000000-0000-4000-8000-000000000011',
  oat: '00000000-0000-4000-8000-000000000020',
  bar: '00000000-0000-4000-8000-000000000030',
  line1: '00000000-0000-4000-8000-000000000101',
  line2: '00000000-0000-4000-8000-000000000102',
};

const menu: TMenuResponse = {
  stations: [{ id: ids.bar, name: 'Bar' }],
  categories: [
    {
      id: '00000000-0000-4000-8000-000000000099',
      name: 'Coffee',
      colour: '#000',
      vatRateBps: null,
      takeawayVatRateBps: null,
      items: [
        {
          id: ids.flatWhite,
          name: 'Flat white',
          description: '',
          pricePence: 340,
          vatRateBps: 2000,
          takeawayVatRateBps: 2000,
          stationId: ids.bar,
          isAvailable: true,
          modifierGroups: [
            {
              id: '00000000-0000-4000-8000-000000000098',
              name: 'Milk',
              min: 0,
              max: 1,
              modifiers: [{ id: ids.oat, name: 'Oat milk', priceDeltaPence: 40 }],
            },
          ],
        },
        {
          id: ids.croissant,
          name: 'Croissant',
          description: '',
          pricePence: 280,
          vatRateBps: 2000,
          takeawayVatRateBps: 0,
          stationId: null,
          isAvailable: true,
          modifierGroups: [],
        },
      ],
    },
  ],
};

const context = (changeId = 'change-1') => ({
  menu,
  serviceChargeBps: 0,
  user: { id: 'user', name: 'Casey' },
  changeId,
  now: new Date('2026-12-01T10:00:00Z'),
  tableName: null,
  discountLimitBps: 1000,
});

const create: QueuedRequest = {
  name: 'createOrder',
  body: {
    id: ids.order,
    type: 'TAKEAWAY',
    lines: [{ id: ids.line1, itemId: ids.flatWhite, quantity: 2, modifierIds: [ids.oat] }],
  },
};
const addCroissant: QueuedRequest = {
  name: 'addOrderLines',
  params: { id: ids.order },
  body: { lines: [{ id: ids.line2, itemId: ids.croissant, quantity: 1 }] },
};
const send: QueuedRequest = { name: 'sendOrder', params: { id: ids.order }, body: {} };
const pay = (amountPence: number, tenderedPence = amountPence): QueuedRequest => ({
  name: 'takePayment',
  params: { id: ids.order },
  body: { method: 'CASH', amountPence, tipPence: 0, tenderedPence },
});

describe('the till answers order changes itself offline', () => {
  it('rings up, sends and takes cash: priced from the menu, takeaway VAT, closed when paid', () => {
    const created = applyLocally(undefined, create, context());
    expect(created).toMatchObject({ number: 0, status: 'OPEN', version: 1, createdBy: { name: 'Casey' } });
    expect(created.lines[0]).toMatchObject({ name: 'Flat white', unitPricePence: 340, totalPence: 760 });
    expect(created.lines[0]!.modifiers).toMatchObject([{ groupName: 'Milk', name: 'Oat milk', priceDeltaPence: 40 }]);

    const added = applyLocally(created, addCroissant, context());
    expect(added.totals).toMatchObject({ totalPence: 1040, duePence: 1040 });
    expect(added.lines[1]).toMatchObject({ vatRateBps: 0, vatPence: 0 });

    const sent = applyLocally(added, send, context());
    expect(sent.status).toBe('SENT');
    expect(sent.lines.map((line) => line.kitchenStatus)).toEqual(['SENT', 'SENT']);

    const part = applyLocally(sent, pay(500), context('pay-1'));
    expect(part).toMatchObject({ status: 'PARTIALLY_PAID', totals: { paidPence: 500, duePence: 540 } });
    const paid = applyLocally(part, pay(540, 1000), context('pay-2'));
    expect(paid).toMatchObject({ status: 'CLOSED', totals: { paidPence: 1040, duePence: 0 } });
    expect(paid.payments.at(-1)).toMatchObject({ id: 'pay-2', changePence: 460 });
  });

  it('each change counts once however often it is folded in (a reload rebuilds from the queue)', () => {
    const created = applyLocally(undefined, create, context());
    const twice = applyLocally(applyLocally(created, create, context()), addCroissant, context());
    const again = applyLocally(twice, addCroissant, context());
    expect(again.lines).toHaveLength(2);
    const paid = applyLocally(again, pay(500), context('pay-1'));
    expect(applyLocally(paid, pay(500), context('pay-1')).totals.paidPence).toBe(500);
  });

  it('a send folded in again covers only the lines it sent: a line added after it stays to send', () => {
    const created = applyLocally(undefined, create, context());
    const covered = linesASendCovers(created);
    expect(covered).toEqual([ids.line1]);
    const sent = applyLocally(created, send, { ...context(), sendsLineIds: covered });
    const withCroissant = applyLocally(sent, addCroissant, context());
    const foldedAgain = applyLocally(withCroissant, send, { ...context(), sendsLineIds: covered });
    expect(foldedAgain.lines.map((line) => line.kitchenStatus)).toEqual(['SENT', 'PENDING']);
    expect(linesASendCovers(foldedAgain)).toEqual([ids.line2]);
  });

  it('fires a held course: its lines go with what waits up to it, folded again it sends nothing new', () => {
    const line3 = '00000000-0000-4000-8000-000000000103';
    const dineIn: QueuedRequest = {
      name: 'createOrder',
      body: {
        id: ids.order,
        type: 'DINE_IN',
        lines: [
          { id: ids.line1, itemId: ids.flatWhite, quantity: 1, course: 1 },
          { id: ids.line2, itemId: ids.croissant, quantity: 1, course: 2 },
        ],
      },
    };
    const created = applyLocally(undefined, dineIn, context());
    const sent = applyLocally(created, send, { ...context(), sendsLineIds: linesASendCovers(created) });
    expect(sent).toMatchObject({ status: 'SENT', heldCourses: [2] });
    expect(sent.lines.map((line) => line.kitchenStatus)).toEqual(['SENT', 'PENDING']);

    const fireTwo: QueuedRequest = { name: 'fireCourse', params: { id: ids.order }, body: { course: 2 } };
    const covered = linesAFireCovers(sent, 2);
    expect(covered).toEqual([ids.line2]);
    const fired = applyLocally(sent, fireTwo, { ...context(), sendsLineIds: covered });
    expect(fired).toMatchObject({ firedCourse: 2, heldCourses: [], version: sent.version + 1 });
    expect(fired.lines.map((line) => line.kitchenStatus)).toEqual(['SENT', 'SENT']);
    expect(changeShown(fired, fireTwo, 'fire')).toBe(true);
    expect(changeShown(sent, fireTwo, 'fire')).toBe(false);

    // A course-2 line added after the fire waits for the next send, however often the fire is folded.
    const later: QueuedRequest = {
      name: 'addOrderLines',
      params: { id: ids.order },
      body: { lines: [{ id: line3, itemId: ids.croissant, quantity: 1, course: 2 }] },
    };
    const withLater = applyLocally(fired, later, context());
    const foldedAgain = applyLocally(withLater, fireTwo, { ...context(), sendsLineIds: covered });
    expect(foldedAgain.lines.map((line) => line.kitchenStatus)).toEqual(['SENT', 'SENT', 'PENDING']);
    expect(foldedAgain.version).toBe(withLater.version);
  });

  it("gives a discount within the cashier's limit, counted once; beyond it, or on top of one, it needs a manager online", () => {
    // Two flat whites with oat milk, £7.60; the cashier's limit is 10 % (context()).
    const created = applyLocally(undefined, create, context());
    const tenPercent: QueuedRequest = {
      name: 'addDiscount',
      params: { id: ids.order },
      body: { id: 'disc-1', kind: 'PERCENT', percentBps: 1000, reason: ' Regular ' },
    };
    const discounted = applyLocally(created, tenPercent, context());
    expect(discounted.totals).toMatchObject({ discountPence: 76, totalPence: 684 });
    expect(discounted.discounts).toEqual([
      { id: 'disc-1', lineId: null, kind: 'PERCENT', percentBps: 1000, amountPence: null, reason: 'Regular' },
    ]);
    expect(changeShown(discounted, tenPercent, 'disc-1')).toBe(true);
    expect(changeShown(created, tenPercent, 'disc-1')).toBe(false);
    expect(applyLocally(discounted, tenPercent, context())).toEqual(discounted);

    // 10p more on top is over 10 % in all: the till says a manager is needed, and that needs the connection.
    const tenPence: QueuedRequest = {
      name: 'addDiscount',
      params: { id: ids.order },
      body: { id: 'disc-2', kind: 'AMOUNT', amountPence: 10, reason: 'Cold' },
    };
    expect(() => applyLocally(discounted, tenPence, context())).toThrow(
      "More than 10 % off in discounts needs a manager's approval, which needs the connection",
    );
    // With no limit (the pricing checks), the same discount prices as the server prices it.
    const unlimited = applyLocally(discounted, tenPence, { ...context(), discountLimitBps: null });
    expect(unlimited.totals).toMatchObject({ discountPence: 86, totalPence: 674 });

    // A line discount is checked on the line too; a voided line or a paid order takes none.
    const onLine: QueuedRequest = {
      name: 'addDiscount',
      params: { id: ids.order },
      body: { id: 'disc-3', kind: 'AMOUNT', amountPence: 50, lineId: ids.line1, reason: 'Spilt' },
    };
    expect(applyLocally(created, onLine, context()).lines[0]).toMatchObject({ discountPence: 50, totalPence: 710 });
    const paid = applyLocally(created, pay(760), context('pay-1'));
    expect(() => applyLocally(paid, onLine, context())).toThrow(OrderNotEditableError);
  });

  it('refuses what the server would: more than is due, cash short of the amount, an item gone from the menu', () => {
    const created = applyLocally(undefined, create, context());
    expect(() => applyLocally(created, pay(761), context())).toThrow(LocalRefusal);
    expect(() => applyLocally(created, pay(500, 400), context())).toThrow(LocalRefusal);
    const gone: QueuedRequest = {
      name: 'addOrderLines',
      params: { id: ids.order },
      body: { lines: [{ id: ids.line2, itemId: '00000000-0000-4000-8000-0000000000ff', quantity: 1 }] },
    };
    expect(() => applyLocally(created, gone, context())).toThrow(LocalRefusal);
    expect(() => applyLocally(undefined, addCroissant, context())).toThrow(LocalRefusal);
  });

  it('a closed order takes no more lines (the order state machine says so)', () => {
    const paid = applyLocally(applyLocally(undefined, create, context()), pay(760), context('p'));
    expect(() => applyLocally(paid, addCroissant, context())).toThrow();
  });

  it('changes a line not yet sent, reprices it, and counts a change folded in twice once', () => {
    const created = addCroissantTo(applyLocally(undefined, create, context()));
    const three: QueuedRequest = {
      name: 'updateOrderLine',
      params: { id: ids.order, lineId: ids.line2 },
      body: { quantity: 3, note: '  warm  ' },
    };
    const changed = applyLocally(created, three, context());
    expect(changed.lines[1]).toMatchObject({ quantity: 3, note: 'warm', totalPence: 840 });
    expect(changed.totals.totalPence).toBe(760 + 840);
    expect(changed.version).toBe(created.version + 1);
    expect(applyLocally(changed, three, context())).toEqual(changed);
  });

  it('voids a line or the order before anything is sent; once sent that needs a manager, so offline it says no', () => {
    const created = addCroissantTo(applyLocally(undefined, create, context()));
    const voidCroissant: QueuedRequest = {
      name: 'voidOrderLine',
      params: { id: ids.order, lineId: ids.line2 },
      body: { reason: ' Mis-tap ' },
    };
    const voided = applyLocally(created, voidCroissant, context());
    expect(voided.lines[1]).toMatchObject({ voidReason: 'Mis-tap', voidedAt: '2026-12-01T10:00:00.000Z' });
    expect(voided.totals.totalPence).toBe(760);
    expect(() => applyLocally(voided, voidCroissant, context())).toThrow(/already voided/);

    const voidAll: QueuedRequest = { name: 'voidOrder', params: { id: ids.order }, body: { reason: 'Walked out' } };
    const gone = applyLocally(created, voidAll, context());
    expect(gone).toMatchObject({ status: 'VOIDED', voidReason: 'Walked out', totals: { totalPence: 0 } });
    expect(gone.lines.every((line) => line.voidedAt !== null)).toBe(true);
    expect(applyLocally(gone, voidAll, context())).toEqual(gone);

    const sent = applyLocally(created, send, context());
    expect(() => applyLocally(sent, voidCroissant, context())).toThrow(/manager's approval/);
    expect(() => applyLocally(sent, voidAll, context())).toThrow(/manager's approval/);
    const edit: QueuedRequest = {
      name: 'updateOrderLine',
      params: { id: ids.order, lineId: ids.line2 },
      body: { quantity: 2 },
    };
    expect(() => applyLocally(sent, edit, context())).toThrow(/already with the kitchen/);
  });

  it('a void on an order paid in full is refused, as the server refuses it (a dead letter on replay)', () => {
    const paid = applyLocally(applyLocally(undefined, create, context()), pay(760), context('p'));
    const voidLine: QueuedRequest = {
      name: 'voidOrderLine',
      params: { id: ids.order, lineId: ids.line1 },
      body: { reason: 'Cold' },
    };
    expect(() => applyLocally(paid, voidLine, context())).toThrow(OrderNotEditableError);
    expect(() =>
      applyLocally(paid, { name: 'voidOrder', params: { id: ids.order }, body: { reason: 'x' } }, context()),
    ).toThrow(/cannot go from CLOSED to VOIDED/);
  });

  it('sets the covers on an open table; the same number again changes nothing', () => {
    const created = applyLocally(undefined, create, context());
    const four: QueuedRequest = { name: 'updateOrder', params: { id: ids.order }, body: { covers: 4 } };
    const seated = applyLocally(created, four, context());
    expect(seated).toMatchObject({ covers: 4, version: created.version + 1 });
    expect(applyLocally(seated, four, context())).toBe(seated);
  });
});

function addCroissantTo(order: ReturnType<typeof applyLocally>) {
  return applyLocally(order, addCroissant, context());
}

describe('whether the order the till shows carries a change (a tap is never shown as done when it is not)', () => {
  it('is true once folded in, false when the till could not apply it', () => {
    const created = addCroissantTo(applyLocally(undefined, create, context()));
    const sent = applyLocally(created, send, context());
    const voidCroissant: QueuedRequest = {
      name: 'voidOrderLine',
      params: { id: ids.order, lineId: ids.line2 },
      body: { reason: 'Mis-tap' },
    };
    const edit: QueuedRequest = {
      name: 'updateOrderLine',
      params: { id: ids.order, lineId: ids.line2 },
      body: { quantity: 2, note: ' warm ' },
    };
    const covers: QueuedRequest = { name: 'updateOrder', params: { id: ids.order }, body: { covers: 2 } };
    expect(changeShown(created, addCroissant, 'x')).toBe(true);
    expect(changeShown(created, voidCroissant, 'x')).toBe(false);
    expect(changeShown(applyLocally(created, voidCroissant, context()), voidCroissant, 'x')).toBe(true);
    expect(changeShown(created, edit, 'x')).toBe(false);
    expect(changeShown(applyLocally(created, edit, context()), edit, 'x')).toBe(true);
    // Sent meanwhile: the edit cannot apply, and the order does not show it.
    expect(() => applyLocally(sent, edit, context())).toThrow(LocalRefusal);
    expect(changeShown(sent, edit, 'x')).toBe(false);
    expect(changeShown(applyLocally(created, covers, context()), covers, 'x')).toBe(true);
    expect(changeShown(created, pay(500), 'pay-1')).toBe(false);
    expect(changeShown(applyLocally(created, pay(500), context('pay-1')), pay(500), 'pay-1')).toBe(true);
  });
});
