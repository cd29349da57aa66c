import { apiSignIn, DEMO, e2eApi, expect, snap, test, VIEWPORTS } from '../fixtures';
import type { Page } from '@playwright/test';

const readSettings = async (page: Page) => (await e2eApi(page.request).call('getSettings', {})).settings;

test.describe('back office settings (desktop)', () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test('office: a manager sets a service charge and tip presets, and a red time before amber is refused beside its box', async ({
    page,
  }) => {
    await apiSignIn(page.request, 'password', DEMO.manager);
    const before = await readSettings(page);
    try {
      await page.goto('/office');
      await page.getByRole('link', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
      const save = page.getByRole('button', { name: 'Save changes' });
      await expect(save).toBeDisabled();

      await page.getByLabel('Service charge (%)').fill('10');
      await page.getByLabel('Tip 1 (%)').fill('10');
      await page.getByLabel('Tip 2 (%)').fill('15');
      await page.getByLabel('Tip 3 (%)').fill('20');
      await page.getByLabel('Tip 4 (%)').fill('');
      await expect(page.getByText('You have unsaved changes.')).toBeVisible();
      await save.click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Saved — tills use the new settings on their next bill' }),
      ).toBeVisible();
      await expect(save).toBeDisabled();
      expect(await readSettings(page)).toMatchObject({ serviceChargeBps: 1000, tipPresetsBps: [1000, 1500, 2000] });
      await page.evaluate(() => window.scrollTo(0, 0)); // the save bar is sticky: show it in its place
      await snap(page, 'office-settings');

      await page.reload();
      await expect(page.getByLabel('Service charge (%)')).toHaveValue('10');
      await expect(page.getByLabel('Tip 1 (%)')).toHaveValue('10');
      await expect(page.getByLabel('Tip 2 (%)')).toHaveValue('15');
      await expect(page.getByLabel('Tip 3 (%)')).toHaveValue('20');
      await expect(page.getByLabel('Tip 4 (%)')).toHaveValue('');

      // Only red is sent, so it is the API's own check (against the saved amber) that refuses it.
      const red = page.getByLabel('Red after (minutes)');
      await expect(page.getByLabel('Amber after (minutes)')).toHaveValue(String(before.ticketWarnMinutes));
      await red.fill(String(before.ticketWarnMinutes - 1));
      await save.click();
      await expect(red).toHaveAttribute('aria-invalid', 'true');
      await expect(red).toHaveAccessibleDescription('Must be after the amber time');
      await expect(red).toBeFocused();
      await expect(page.getByRole('alert').filter({ hasText: 'One setting needs a fix' })).toBeVisible();
      expect((await readSettings(page)).ticketLateMinutes).toBe(before.ticketLateMinutes);
      await page.evaluate(() => window.scrollTo(0, 0));
      await snap(page, 'office-settings-error');

      await red.fill(String(before.ticketLateMinutes));
      await expect(red).not.toHaveAttribute('aria-invalid');
      await expect(save).toBeDisabled();

      // Other specs share this café and expect no service charge.
      await page.getByLabel('Service charge (%)').fill('0');
      await save.click();
      await expect(page.getByRole('status').filter({ hasText: /Saved — tills/ })).toBeVisible();
      expect((await readSettings(page)).serviceChargeBps).toBe(0);
    } finally {
      const { serviceChargeBps, tipPresetsBps, tipsEnabled } = before;
      await e2eApi(page.request).request('updateSettings', { body: { serviceChargeBps, tipPresetsBps, tipsEnabled } });
    }
  });

  test('office: VAT by category sets what a new item starts with, and saves each choice at once', async ({ page }) => {
    await apiSignIn(page.request, 'password', DEMO.manager);
    const api = e2eApi(page.request);
    const cakes = (await api.call('menu', {})).categories.find((category) => category.name === 'Bakery & cakes')!;
    try {
      await page.goto('/office/settings');
      const takeaway = page.getByLabel('Taken away for Bakery & cakes');
      await expect(takeaway).toHaveValue('');
      await takeaway.selectOption({ label: '0 % zero-rated' });
      await page.getByLabel('Eaten in for Bakery & cakes').selectOption({ label: '20 % standard' });
      const row = page.getByRole('listitem').filter({ hasText: 'Bakery & cakes' });
      await expect(row.getByRole('status')).toHaveText('Saved');
      await page.getByRole('heading', { name: 'VAT by category' }).scrollIntoViewIfNeeded();
      await snap(page, 'office-settings-category-vat-desktop');
      const saved = (await api.call('menu', {})).categories.find((category) => category.id === cakes.id);
      expect(saved).toMatchObject({ vatRateBps: 2000, takeawayVatRateBps: 0 });

      await page.goto('/office/menu');
      await page
        .getByRole('navigation', { name: 'Categories' })
        .getByRole('button', { name: /Bakery & cakes/ })
        .click();
      await page.getByRole('button', { name: 'Add item' }).click();
      const sheet = page.getByRole('dialog', { name: 'New item in Bakery & cakes' });
      await expect(sheet.getByLabel('VAT eaten in')).toHaveValue('2000');
      await expect(sheet.getByLabel('VAT taken away')).toHaveValue('0');
    } finally {
      await api.request('updateCategory', {
        params: { id: cakes.id },
        body: { vatRateBps: null, takeawayVatRateBps: null },
      });
    }
  });

  test('till: opening hours and a closed date show on a signed-in till at once, without a reload', async ({
    pairedTill: till,
    browser,
  }) => {
    await till.setViewportSize(VIEWPORTS.ipad);
    await apiSignIn(till.request, 'pin', { pin: DEMO.cashier.pin });
    await till.goto('/till');
    const office = await browser.newContext();
    const api = e2eApi(office.request);
    await apiSignIn(office.request, 'password', DEMO.manager);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    try {
      const everyDay = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '00:00', closes: '23:59' }));
      await api.call('updateSettings', { body: { openingHours: everyDay, closedDates: [] } });
      await expect(till.getByText('Open until 23:59')).toBeVisible();
      await api.call('updateSettings', { body: { closedDates: [today] } });
      await expect(till.getByText('Closed today: holiday')).toBeVisible();
      await snap(till, 'till-closed-today-ipad');
    } finally {
      await api.request('updateSettings', { body: { openingHours: null, closedDates: [] } });
      await office.close();
    }
    await expect(till.getByText('Closed today: holiday')).toBeHidden();
  });

  test('office: a cashier cannot open settings', async ({ pairedTill: page }) => {
    await apiSignIn(page.request, 'pin', { pin: DEMO.cashier.pin });
    await page.goto('/office/settings');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your role (cashier) cannot open this page' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  });
});
