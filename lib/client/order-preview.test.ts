import { describe, expect, it } from 'vitest';
import type { TMenuItem } from '@/lib/schemas/menu';
import type { TOrder } from '@/lib/schemas/orders';
import { previewOrder } from './order-preview';
import { buildPendingLine, PLAIN_CHOICE } from './pending-line';

const croissant: TMenuItem = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Croissant',
  description: '',
  pricePence: 280,
  vatRateBps: 2000,
  takeawayVatRateBps: 0,
  stationId: null,
  isAvailable: true,
  modifierGroups: [],
};

const flatWhite: TMenuItem = {
  ...croissant,
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Flat white',
  pricePence: 340,
  takeawayVatRateBps: 2000,
  modifierGroups: [
    {
      id: '00000000-0000-4000-8000-000000000003',
      name: 'Milk',
      min: 1,
      max: 1,
      modifiers: [{ id: '00000000-0000-4000-8000-000000000004', name: 'Oat milk', priceDeltaPence: 40 }],
    },
  ],
};

describe('till totals before the server answers', () => {
  it('prices pending lines from the menu exactly as the server will (takeaway VAT)', () => {
    const pending = [
      buildPendingLine(
        flatWhite,
        { ...PLAIN_CHOICE, modifierIds: ['00000000-0000-4000-8000-000000000004'], quantity: 2 },
        'TAKEAWAY',
      ),
      buildPendingLine(croissant, PLAIN_CHOICE, 'TAKEAWAY'),
    ];
    // 2 × (£3.40 + 40p) + £2.80 = £10.40; VAT only on the coffee: 760 / 6 = 126.67 → 127
    expect(previewOrder(undefined, pending)).toMatchObject({ totalPence: 1040, vatPence: 127, isEstimate: true });
  });

  it('a new order with nothing on it is £0.00, not "updating…" (nothing is on its way)', () => {
    expect(previewOrder(undefined, [])).toEqual({
      subtotalPence: 0,
      discountPence: 0,
      vatPence: 0,
      totalPence: 0, // £0.00
      isEstimate: false,
    });
  });

  it("shows the server's own totals once nothing is pending", () => {
    const order = {
      totals: {
        serviceChargeBps: 0,
        subtotalPence: 500,
        discountPence: 0,
        serviceChargePence: 0,
        totalPence: 500,
        vatPence: 83,
        tipPence: 0,
        paidPence: 0,
        refundedPence: 0,
        duePence: 500,
        vatBands: [],
      },
      lines: [],
      discounts: [],
    } as unknown as TOrder;
    expect(previewOrder(order, [])).toMatchObject({ totalPence: 500, vatPence: 83, isEstimate: false });
  });
});
