import { apiSignIn, DEMO, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';

test.describe('till payments (iPad)', () => {
  test.use({ viewport: VIEWPORTS.ipad, hasTouch: true });

  test('till: a takeaway split two ways in cash closes, a manager approves a refund, the drawer balances and the Z report shows it', async ({
    pairedTill: page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/till');
    await tapPin(page, DEMO.cashier.pin);
    await expect(page.getByText('Casey Cashier')).toBeVisible();
    const ticket = page.getByRole('complementary', { name: 'Ticket' });

    // Open this till's drawer with a £100 float.
    await page.getByRole('button', { name: 'Drawer', exact: true }).click();
    const opening = page.getByRole('dialog', { name: 'Open the cash drawer' });
    await opening.getByRole('radio', { name: '£100.00' }).click();
    await opening.getByRole('button', { name: 'Open drawer with £100.00' }).click();
    const drawer = page.getByRole('dialog', { name: 'Cash drawer', exact: true });
    await expect(drawer.getByTestId('drawer-expected')).toHaveText('£100.00');
    await drawer.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(drawer).toBeHidden();

    // Four items on a takeaway: £1.90 + £2.20 + £1.50 at 20 % and a £4.25 cake at 0 %.
    await page.getByRole('button', { name: 'New takeaway' }).click();
    await page.getByRole('button', { name: 'Cold drinks' }).click();
    await page.getByRole('button', { name: /^Sparkling water/ }).click();
    await page.getByRole('button', { name: /^Cola/ }).click();
    await page.getByRole('button', { name: 'Lunch' }).click();
    await page.getByRole('button', { name: /^Crisps/ }).click();
    await page.getByRole('button', { name: 'Bakery & cakes' }).click();
    await page.getByRole('button', { name: /^Carrot cake/ }).click();
    await expect(ticket.getByRole('heading', { name: /^#\d+ · Takeaway$/ })).toBeVisible();
    await expect(ticket.getByTestId('order-total')).toHaveText('£9.85');
    const number = (await ticket.getByRole('heading', { name: /^#\d+ · Takeaway$/ }).textContent())!.match(
      /#(\d+)/,
    )![1];

    // Pay sends the new items to the kitchen, then opens the pay screen.
    await ticket.getByRole('button', { name: 'Pay £9.85' }).click();
    const pay = page.getByRole('region', { name: new RegExp(`^Pay #${number} · Takeaway`) });
    await expect(pay.getByTestId('amount-due')).toHaveText('£9.85');
    await expect(pay.getByRole('button', { name: 'Exact £9.85' })).toBeVisible();
    await expect(pay.getByRole('button', { name: /^£10\.00 cash, change £0\.15/ })).toBeVisible();
    await expect(pay.getByRole('radio', { name: '10 % tip, £0.99' })).toBeVisible();
    await snap(page, 'till-pay-ipad');

    // Split evenly two ways: £4.93 and £4.92.
    await pay.getByRole('button', { name: 'Split…' }).click();
    const split = page.getByRole('dialog', { name: 'Split the bill' });
    await expect(split.getByRole('list', { name: 'Shares' })).toContainText('£4.93');
    await expect(split.getByRole('list', { name: 'Shares' })).toContainText('£4.92');
    await snap(page, 'till-split-sheet-ipad');
    // By item: ticking the cake makes a £4.25 share (looked at, then back to evenly).
    await split.getByRole('radio', { name: 'By item' }).click();
    await split.getByRole('button', { name: /Carrot cake/ }).click();
    await expect(split.getByRole('button', { name: 'Pay for 1 item · £4.25' })).toBeVisible();
    await snap(page, 'till-split-items-ipad');
    await split.getByRole('radio', { name: 'Evenly' }).click();
    await split.getByRole('button', { name: 'Pay share 1 of 2 · £4.93' }).click();
    await expect(split).toBeHidden();
    await expect(pay.getByTestId('share')).toHaveText('Share 1 of 2 · £4.93');

    // The first share exactly; the second with a £10 note.
    await pay.getByRole('button', { name: 'Exact £4.93' }).click();
    const change = page.getByRole('region', { name: /paid in cash/ });
    await expect(change.getByTestId('change-due')).toHaveText('No change');
    await expect(change.getByText('£4.92 left to pay')).toBeVisible();
    await change.getByRole('button', { name: 'Share 2 of 2 · £4.92' }).click();
    await expect(pay.getByTestId('amount-due')).toHaveText('£4.92');
    await expect(pay.getByTestId('share')).toHaveText('Share 2 of 2 · £4.92');
    // The pad shows the change before anything is taken; back to the notes.
    await pay.getByRole('button', { name: 'Other amount…' }).click();
    await pay.getByRole('button', { name: '1', exact: true }).click();
    await pay.getByRole('button', { name: '0', exact: true }).click();
    await expect(pay.getByText('Change £5.08')).toBeVisible();
    await expect(pay.getByRole('button', { name: 'Take £10.00 cash' })).toBeEnabled();
    await snap(page, 'till-pay-other-amount-ipad');
    await pay.getByRole('button', { name: 'Back', exact: true }).click();
    await pay.getByRole('button', { name: /^£10\.00 cash, change £5\.08/ }).click();
    await expect(change.getByTestId('change-due')).toHaveText('Change £5.08');
    await expect(change.getByText(`Order #${number} is paid and closed.`)).toBeVisible();
    await snap(page, 'till-change-ipad');

    // The receipt: the venue's address and VAT number, lines, VAT by rate, both payments (by
    // method and amount: the second diner's £10.00 note and change are theirs, not the bill's).
    await change.getByRole('button', { name: 'Print receipt' }).click();
    const receiptDialog = page.getByRole('dialog', { name: `Receipt for order #${number}` });
    const receipt = receiptDialog.getByRole('article');
    await expect(receipt).toContainText('Fynlo Demo Café');
    await expect(receipt).toContainText('1 Market Street, Bristol, BS1 1AA');
    await expect(receipt).toContainText('VAT no. GB 123 4567 89');
    await expect(receipt).toContainText('20 %');
    await expect(receipt).toContainText('£0.94');
    await expect(receipt.getByRole('region', { name: 'Payments' })).toContainText('Paid · Cash£4.93');
    await expect(receipt.getByRole('region', { name: 'Payments' })).toContainText('Paid · Cash£4.92');
    await expect(receipt).not.toContainText('£5.08');
    await expect(receiptDialog.getByRole('img', { name: 'QR code of the receipt link' })).toBeVisible();
    await snap(page, 'till-receipt-ipad');
    await receiptDialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await change.getByRole('button', { name: 'Next order' }).click();
    await expect(ticket.getByRole('button', { name: 'Takeaway' })).toBeVisible();

    // A refund of the crisps from today's paid orders: a cashier needs a manager's PIN.
    await page.getByRole('button', { name: 'Orders', exact: true }).click();
    await page.getByRole('tab', { name: 'Paid today' }).click();
    await page
      .getByRole('list', { name: 'Paid orders' })
      .getByRole('button')
      .filter({ hasText: new RegExp(`#${number}(?!\\d)`) })
      .click();
    const paidOrder = page.getByRole('dialog', { name: `Order #${number} · Takeaway` });
    await expect(paidOrder.getByRole('list', { name: 'Payments' })).toContainText('£5.08 change');
    await paidOrder.getByRole('button', { name: 'Refund…' }).click();
    const refund = page.getByRole('dialog', { name: `Refund from order #${number}` });
    await refund.getByRole('button', { name: /Crisps/ }).click();
    await refund.getByRole('radio', { name: 'Wrong item' }).click();
    await expect(refund.getByRole('button', { name: 'Refund £1.50' })).toBeEnabled();
    await snap(page, 'till-refund-sheet-ipad');
    await refund.getByRole('button', { name: 'Refund £1.50' }).click();
    await expect(refund.getByRole('group', { name: 'Manager approval needed' })).toBeVisible();
    await expect(refund.getByText('Refund £1.50 · Wrong item')).toBeVisible();
    await snap(page, 'till-refund-pin-ipad');
    await tapPin(page, DEMO.manager.pin);
    await expect(paidOrder.getByText('Refunded £1.50 in cash')).toBeVisible();
    await expect(paidOrder.getByRole('list', { name: 'Payments' })).toContainText('£1.50 refunded');
    await paidOrder.getByRole('button', { name: 'Close', exact: true }).click();

    // Count the drawer: £100 float + £9.85 cash − £1.50 refund = £108.35, balanced.
    await page.getByRole('button', { name: 'Drawer', exact: true }).click();
    await expect(drawer.getByTestId('drawer-expected')).toHaveText('£108.35');
    await snap(page, 'till-drawer-ipad');
    await drawer.getByRole('button', { name: 'Count and close the drawer…' }).click();
    const count = page.getByRole('dialog', { name: 'Cash drawer · Count and close' });
    await count.getByRole('textbox', { name: '£50 notes' }).fill('2');
    await count.getByRole('button', { name: 'One more £5 notes' }).click();
    await count.getByRole('button', { name: 'One more £2 coins' }).click();
    await count.getByRole('button', { name: 'One more £1 coins' }).click();
    await count.getByRole('button', { name: 'One more 20p coins' }).click();
    await count.getByRole('button', { name: 'One more 10p coins' }).click();
    await expect(count.getByTestId('drawer-variance')).toHaveText('£0.05 short');
    await count.getByRole('button', { name: 'One more 5p coins' }).click();
    await expect(count.getByTestId('drawer-counted')).toHaveText('£108.35');
    await expect(count.getByTestId('drawer-variance')).toHaveText('Balanced');
    await snap(page, 'till-drawer-count-ipad');
    await count.getByRole('button', { name: 'Close drawer · counted £108.35' }).click();
    const closed = page.getByRole('dialog', { name: 'Drawer closed' });
    await expect(closed).toContainText('Balanced');
    await closed.getByRole('button', { name: 'Done' }).click();

    // The manager's X report for today shows the cash, the refund and VAT by rate.
    const office = await browser.newContext({ viewport: VIEWPORTS.desktop, baseURL: test.info().project.use.baseURL });
    const officePage = await office.newPage();
    await apiSignIn(officePage.request, 'password', DEMO.manager);
    await officePage.goto('/office');
    await officePage.getByRole('link', { name: 'Reports' }).click();
    await expect(officePage.getByRole('heading', { name: 'X report · today so far' })).toBeVisible();
    await expect(officePage.getByRole('row', { name: /^Cash\b.*£\d+\.\d\d/ })).toBeVisible();
    await expect(officePage.getByRole('row', { name: /^Refunds/ })).toContainText(/−£\d+\.\d\d/);
    await expect(officePage.getByRole('row', { name: /^20 %/ })).toBeVisible();
    await expect(officePage.getByRole('row', { name: /^0 %/ })).toBeVisible();
    await expect(officePage.getByRole('row', { name: /^Counted/ })).toContainText(/£\d+\.\d\d/);
    await expect(officePage.getByRole('button', { name: 'Print' })).toBeVisible();
    await snap(officePage, 'office-z-report-desktop');
    await office.close();
  });

  test('till: a part-paid order shows what is left on the ticket and in the orders list, and takes no more items', async ({
    pairedTill: page,
  }) => {
    await page.goto('/till');
    await tapPin(page, DEMO.cashier.pin);
    const ticket = page.getByRole('complementary', { name: 'Ticket' });
    await page.getByRole('button', { name: 'New takeaway' }).click();
    await page.getByRole('button', { name: 'Cold drinks' }).click();
    await page.getByRole('button', { name: /^Cola/ }).click();
    await expect(ticket.getByTestId('order-total')).toHaveText('£2.20');

    // £1.00 of it now, typed as any amount.
    await ticket.getByRole('button', { name: 'Pay £2.20' }).click();
    const pay = page.getByRole('region', { name: /^Pay #\d+ · Takeaway/ });
    await expect(pay.getByText('No cash drawer is open on this till')).toBeVisible();
    await pay.getByRole('button', { name: 'Split…' }).click();
    const split = page.getByRole('dialog', { name: 'Split the bill' });
    await split.getByRole('radio', { name: 'Any amount' }).click();
    await split.getByRole('button', { name: '1', exact: true }).click();
    await split.getByRole('button', { name: 'Pay £1.00 now' }).click();
    await pay.getByRole('button', { name: 'Exact £1.00' }).click();
    const change = page.getByRole('region', { name: /paid in cash/ });
    await expect(change.getByText('£1.20 left to pay')).toBeVisible();
    await change.getByRole('button', { name: /^Done for now/ }).click();

    await expect(ticket.getByTestId('order-due')).toHaveText('£1.20');
    await expect(ticket.getByRole('button', { name: 'Pay £1.20' })).toBeEnabled();
    await page.getByRole('button', { name: 'Cold drinks' }).click();
    await page.getByRole('button', { name: /^Sparkling water/ }).click();
    await expect(ticket.getByText(/part paid, so the Sparkling water cannot go on it/)).toBeVisible();
    await snap(page, 'till-part-paid-ipad');
    await page.getByRole('button', { name: 'Orders', exact: true }).click();
    const partPaid = page
      .getByRole('list', { name: 'Open orders' })
      .getByRole('button')
      .filter({ hasText: '£1.20 left to pay' });
    await expect(partPaid).toContainText('part paid');
    await partPaid.click();

    // The rest with a £5 note typed on the pad.
    await ticket.getByRole('button', { name: 'Pay £1.20' }).click();
    await pay.getByRole('button', { name: 'Other amount…' }).click();
    await pay.getByRole('button', { name: '5', exact: true }).click();
    await pay.getByRole('button', { name: 'Take £5.00 cash' }).click();
    await expect(change.getByTestId('change-due')).toHaveText('Change £3.80');
    await expect(change.getByText(/is paid and closed/)).toBeVisible();
  });
});
