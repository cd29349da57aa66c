import { apiSignIn, DEMO, e2eApi, expect, menuItems, snap, test, VIEWPORTS } from '../fixtures';

test.describe('back office menu (desktop)', () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test("office: a manager adds an item and 86's it, and the API shows it sold out", async ({ page }) => {
    await apiSignIn(page.request, 'password', DEMO.manager);
    await page.goto('/office/menu');
    await expect(page.getByRole('heading', { name: 'Menu', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: /Bakery & cakes/ }).click();
    await expect(page.getByRole('heading', { name: 'Bakery & cakes' })).toBeVisible();
    await snap(page, 'office-menu-desktop');

    await page.getByRole('button', { name: 'Add item' }).click();
    const panel = page.getByRole('dialog', { name: 'New item in Bakery & cakes' });
    await panel.getByLabel('Name').fill('Lemon drizzle');
    await panel.getByLabel('Price (VAT included, £)').fill('3.6');
    // The category has no VAT defaults: the rates start unchosen, and Add item waits for them.
    await expect(panel.getByLabel('VAT eaten in')).toHaveValue('');
    await panel.getByLabel('VAT eaten in').selectOption('2000');
    await panel.getByLabel('VAT taken away').selectOption('0');
    await snap(page, 'office-menu-item-panel-desktop');
    await panel.getByRole('button', { name: 'Add item' }).click();
    await expect(panel).toBeHidden();
    const row = page.getByRole('row', { name: /Lemon drizzle/ });
    await expect(row.getByText('£3.60')).toBeVisible();

    await row.getByRole('button', { name: /Lemon drizzle: on sale/ }).click();
    await expect(row.getByRole('button', { name: /sold out/ })).toBeVisible();
    const item = (await menuItems(e2eApi(page.request))).find((i) => i.name === 'Lemon drizzle');
    expect(item).toMatchObject({ isAvailable: false, pricePence: 360, vatRateBps: 2000, takeawayVatRateBps: 0 });
  });
});
