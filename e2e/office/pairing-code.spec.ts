import { DEMO, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';

test.describe('pairing a till with a one-time code', () => {
  test('a manager makes a code in the office, a fresh iPad pairs with it and the cashier signs in by PIN', async ({
    page,
    browser,
  }) => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto('/login?next=%2Foffice%2Fdevices');
    await page.getByLabel('Email').fill(DEMO.manager.email);
    await page.getByLabel('Password').fill(DEMO.manager.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Devices' })).toBeVisible();

    await page.getByRole('button', { name: 'Pair a new till' }).click();
    const sheet = page.getByRole('dialog', { name: /Pair a new till/ });
    await sheet.getByLabel('Device name').fill('Code till');
    await snap(page, 'office-pairing-code-form-desktop');
    await page.getByRole('button', { name: 'Make a code' }).click();
    const shown = page.getByLabel(/^Pairing code /);
    await expect(shown).toBeVisible();
    const code = (await shown.textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    await snap(page, 'office-pairing-code-desktop');

    // A fresh browser: no cookies, nobody signed in on it.
    const ipad = await browser.newContext({
      viewport: VIEWPORTS.ipad,
      hasTouch: true,
      baseURL: test.info().project.use.baseURL,
    });
    const till = await ipad.newPage();
    await till.goto('/till');
    await expect(till.getByRole('heading', { name: /not set up as a till/ })).toBeVisible();
    await till.getByRole('link', { name: 'I have a code' }).click();
    await expect(till.getByRole('heading', { name: 'Pair with a code' })).toBeVisible();
    await till.getByLabel('Pairing code').fill('ABCD-2345');
    await till.getByRole('button', { name: 'Pair with this code' }).click();
    await expect(till.getByText(/That code is not right/)).toBeVisible();
    await till.getByLabel('Pairing code').fill(code.toLowerCase());
    await snap(till, 'pair-with-code-ipad');
    await till.getByRole('button', { name: 'Pair with this code' }).click();

    await expect(till.getByRole('group', { name: 'Enter your PIN' })).toBeVisible();
    await expect(till.getByRole('heading', { name: 'Code till' })).toBeVisible();
    await tapPin(till, DEMO.cashier.pin);
    await expect(till.getByText('Casey Cashier')).toBeVisible();

    // Back in the office the new till is listed; the manager renames it.
    await page.getByRole('button', { name: 'Done' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Code till' });
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: 'Rename Code till' }).click();
    await page.getByLabel('New name for Code till').fill('Window till');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'Window till' })).toBeVisible();
    await snap(page, 'office-devices-desktop');
    await ipad.close();
  });
});
