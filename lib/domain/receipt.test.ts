import { describe, expect, it } from 'vitest';
import { receiptOf, receiptVenue } from './receipt';

const totals = {
  subtotalPence: 600,
  discountPence: 0,
  serviceChargePence: 0,
  serviceChargeBps: 0,
  totalPence: 600,
  vatBands: [{ rateBps: 2000, grossPence: 600, vatPence: 100, netPence: 500 }],
  vatPence: 100,
  tipPence: 50,
  paidPence: 600,
  duePence: 0,
  refundedPence: 100,
};
const line = { quantity: 1, modifiers: [{ name: 'Oat milk' }], totalPence: 380, discountPence: 0 };

describe('the receipt of an order', () => {
  it('leaves off voided lines, failed payments and failed refunds; a payment counts with its tip', () => {
    const receipt = receiptOf(
      {
        number: 0,
        type: 'TAKEAWAY',
        tableName: null,
        createdAt: '2026-12-01T20:10:00.000Z',
        paidAt: '2026-12-01T20:12:00.000Z',
        lines: [
          { ...line, name: 'Flat white', voidedAt: null },
          { ...line, name: 'Latte', voidedAt: '2026-12-01T20:11:00.000Z' },
        ],
        totals,
        payments: [
          { status: 'FAILED', method: 'CARD', amountPence: 600, tipPence: 0, createdAt: 'a', refunds: [] },
          {
            status: 'SUCCEEDED',
            method: 'CASH',
            amountPence: 600,
            tipPence: 50,
            createdAt: '2026-12-01T20:12:00.000Z',
            refunds: [
              { status: 'FAILED', amountPence: 600, createdAt: 'b' },
              { status: 'SUCCEEDED', amountPence: 100, createdAt: '2026-12-01T20:20:00.000Z' },
            ],
          },
        ],
      },
      receiptVenue({
        name: 'Fynlo Café',
        addressLine1: '1 High St',
        addressLine2: '',
        city: 'Leeds',
        postcode: 'LS1 1AA',
        phone: '',
        vatNumber: 'GB123',
        receiptFooter: 'Thanks',
      }),
    );
    expect(receipt.venue).toEqual({
      name: 'Fynlo Café',
      address: ['1 High St', 'Leeds', 'LS1 1AA'],
      phone: '',
      vatNumber: 'GB123',
      footer: 'Thanks',
    });
    expect(receipt.lines).toEqual([
      { name: 'Flat white', quantity: 1, modifiers: ['Oat milk'], totalPence: 380, discountPence: 0 },
    ]);
    expect(receipt.payments).toEqual([{ method: 'CASH', amountPence: 650, createdAt: '2026-12-01T20:12:00.000Z' }]);
    expect(receipt.refunds).toEqual([{ method: 'CASH', amountPence: 100, createdAt: '2026-12-01T20:20:00.000Z' }]);
    expect(receipt).toMatchObject({ orderNumber: 0, totalPence: 600, tipPence: 50, refundedPence: 100 });
  });
});
