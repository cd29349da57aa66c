import { DEMO, e2eApi, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';

test.describe('till ordering (iPad)', () => {
  test.use({ viewport: VIEWPORTS.ipad, hasTouch: true });

  test('till: a cashier rings up table 5, sends it, and voids a sent item with the manager PIN', async ({
    pairedTill: page,
  }) => {
    await page.goto('/till');
    await tapPin(page, DEMO.cashier.pin);
    await expect(page.getByText('Casey Cashier')).toBeVisible();
    const ticket = page.getByRole('complementary', { name: 'Ticket' });

    // Pick table 5 on the floor plan.
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    await expect(page.getByRole('tab', { name: 'Inside' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: /^Table 5, \d seats, free/ }).click();
    await expect(ticket.getByRole('heading', { name: 'New order · Table 5' })).toBeVisible();

    // A flat white needs a milk: Add says so until one is chosen.
    await page.getByRole('button', { name: /^Flat white/ }).click();
    const flatWhite = page.getByRole('dialog', { name: 'Flat white' });
    const addFlatWhite = flatWhite.getByRole('button', { name: /^Add/ });
    await expect(addFlatWhite).toBeDisabled();
    await expect(addFlatWhite).toContainText('Milk: choose 1');
    await snap(page, 'till-modifier-sheet-ipad');
    await flatWhite.getByRole('radio', { name: /Oat milk/ }).click();
    await expect(addFlatWhite).toBeEnabled();
    await expect(addFlatWhite).toContainText('£3.80');
    await addFlatWhite.click();
    await expect(flatWhite).toBeHidden();

    // Two croissants through the quantity stepper.
    await page.getByRole('button', { name: 'Bakery & cakes' }).click();
    await page.getByRole('button', { name: /^Croissant/ }).click();
    const croissant = page.getByRole('dialog', { name: 'Croissant' });
    await croissant.getByRole('button', { name: 'More (quantity)' }).click();
    await croissant.getByRole('button', { name: /^Add 2/ }).click();
    await expect(croissant).toBeHidden();

    // A full English needs eggs and toast.
    await page.getByRole('button', { name: 'Breakfast' }).click();
    await page.getByRole('button', { name: /^Full English/ }).click();
    const fullEnglish = page.getByRole('dialog', { name: 'Full English' });
    await expect(fullEnglish.getByRole('button', { name: /^Add/ })).toContainText('Eggs: choose 1');
    await fullEnglish.getByRole('radio', { name: 'Fried' }).click();
    await expect(fullEnglish.getByRole('button', { name: /^Add/ })).toContainText('Toast: choose 1');
    await fullEnglish.getByRole('radio', { name: 'Brown' }).click();
    await fullEnglish.getByRole('button', { name: /^Add 1/ }).click();

    await expect(ticket.getByRole('heading', { name: /^#\d+ · Table 5$/ })).toBeVisible();
    await expect(ticket.getByRole('button', { name: /1 × Flat white/ })).toContainText('Oat milk');
    await expect(ticket.getByRole('button', { name: /2 × Croissant/ })).toContainText('£5.60');
    await expect(ticket.getByRole('button', { name: /1 × Full English/ })).toContainText('Fried');
    await expect(ticket.getByTestId('order-total')).toHaveText('£20.90');
    await snap(page, 'till-ordering-ipad');

    await ticket.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(ticket.getByText(/Order #\d+ sent to the kitchen/)).toBeVisible();

    // Back to it from the floor plan: table 5 now shows "sent".
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    const table5 = page.getByRole('button', { name: /^Table 5, \d seats, sent, order #\d+, £20\.90/ });
    await expect(table5).toBeVisible();
    await snap(page, 'till-tables-ipad');
    await table5.click();
    await expect(ticket.getByRole('heading', { name: /^#\d+ · Table 5$/ })).toBeVisible();

    // Voiding the sent flat white needs a manager; a wrong PIN is refused and can be retried.
    await ticket.getByRole('button', { name: /1 × Flat white.*Sent/ }).click();
    const voidSheet = page.getByRole('dialog', { name: '1 × Flat white' });
    await voidSheet.getByRole('button', { name: 'Void…' }).click();
    await voidSheet.getByRole('radio', { name: 'Customer changed mind' }).click();
    await voidSheet.getByRole('button', { name: 'Void 1 × Flat white · −£3.80' }).click();
    await expect(voidSheet.getByRole('group', { name: 'Manager approval needed' })).toBeVisible();
    await expect(voidSheet.getByText(/needs a manager’s approval|needs a manager's approval/)).toBeVisible();
    await snap(page, 'till-void-approval-ipad');
    await tapPin(page, '9999');
    await expect(voidSheet.getByRole('alert')).toContainText('not a manager');
    await tapPin(page, DEMO.manager.pin);
    await expect(voidSheet).toBeHidden();

    const voided = ticket.getByRole('listitem').filter({ hasText: 'Flat white' });
    await expect(voided).toContainText('Voided: Customer changed mind');
    await expect(voided.locator('.line-through').first()).toHaveCSS('text-decoration-line', 'line-through');
    await expect(ticket.getByTestId('order-total')).toHaveText('£17.10');
  });

  test('till: a held main course waits until the server fires it', async ({ pairedTill: page }) => {
    await page.goto('/till');
    await tapPin(page, DEMO.cashier.pin);
    const ticket = page.getByRole('complementary', { name: 'Ticket' });
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    // The area tabs take arrow keys as well as taps (one tab stop for VoiceOver and keyboards).
    await page.getByRole('tab', { name: 'Inside' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Terrace' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab', { name: 'Terrace' })).toBeFocused();
    await page.getByRole('button', { name: /^Table 11, \d seats, free/ }).click();

    await page.getByRole('button', { name: 'Breakfast' }).click();
    await page.getByRole('button', { name: /^Full English/ }).click();
    const main = page.getByRole('dialog', { name: 'Full English' });
    await main.getByRole('radio', { name: 'Poached' }).click();
    await main.getByRole('radio', { name: 'Sourdough' }).click();
    await main.getByRole('radio', { name: 'Course 2' }).click();
    await main.getByRole('button', { name: /^Add 1/ }).click();
    await page.getByRole('button', { name: 'Lunch' }).click();
    await page.getByRole('button', { name: /^Crisps/ }).click();

    await ticket.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(ticket.getByText(/Order #\d+ sent to the kitchen \(Counter\)/)).toBeVisible();
    await ticket.getByRole('button', { name: /^Open #\d+ again/ }).click();
    await expect(ticket.getByRole('button', { name: /1 × Full English.*Held/ })).toBeVisible();

    await ticket.getByRole('button', { name: 'Fire course 2' }).click();
    await expect(ticket.getByText(/sent to the kitchen \(Kitchen\)/)).toBeVisible();
    const { tickets } = await e2eApi(page.request).call('kitchenTickets', {});
    expect(tickets.filter((t) => t.tableName === '11')).toHaveLength(2);
  });

  test('till: a new order with nothing on it shows £0.00; a 4-seat table offers seats 1–4, on a new item and on a line', async ({
    pairedTill: page,
  }) => {
    await page.goto('/till');
    await tapPin(page, DEMO.cashier.pin);
    const ticket = page.getByRole('complementary', { name: 'Ticket' });

    // An empty takeaway: nothing is on its way, so nothing is "updating".
    await page.getByRole('button', { name: 'New takeaway' }).click();
    await expect(ticket.getByTestId('order-total')).toHaveText('£0.00');
    await expect(ticket.getByText('updating…')).toHaveCount(0);
    await snap(page, 'till-empty-order-ipad');

    // Table 7 seats four (as laid out in the office).
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    await page.getByRole('button', { name: /^Table 7, 4 seats, free/ }).click();
    await expect(ticket.getByRole('heading', { name: 'New order · Table 7' })).toBeVisible();
    await expect(ticket.getByTestId('order-total')).toHaveText('£0.00');
    await expect(ticket.getByText('updating…')).toHaveCount(0);

    await page.getByRole('button', { name: /^Flat white/ }).click();
    const flatWhite = page.getByRole('dialog', { name: 'Flat white' });
    const seats = flatWhite.getByRole('radiogroup', { name: 'Seat' }).getByRole('radio');
    await expect(seats).toHaveText(['None', '1', '2', '3', '4']);
    await flatWhite.getByRole('radio', { name: /Oat milk/ }).click();
    await flatWhite.getByRole('radio', { name: 'Seat 4' }).click();
    await snap(page, 'till-seat-picker-ipad');
    await flatWhite.getByRole('button', { name: /^Add 1/ }).click();

    // The line's own sheet offers the same four seats.
    await ticket.getByRole('button', { name: /1 × Flat white/ }).click();
    const line = page.getByRole('dialog', { name: 'Flat white' });
    await expect(line.getByRole('radiogroup', { name: 'Seat' }).getByRole('radio')).toHaveText([
      'None',
      '1',
      '2',
      '3',
      '4',
    ]);
    await expect(line.getByRole('radio', { name: 'Seat 4' })).toHaveAttribute('aria-checked', 'true');
  });
});
