import type { Locator, Page } from '@playwright/test';
import { apiSignIn, DEMO, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';

/** The live link cannot be made: its token is refused, so the screen keeps trying and says so. */
async function cutTheLiveLink(page: Page) {
  await page.route('**/api/v1/realtime/token', (route) => route.abort());
}

/** The banner, found by what it says (as a cashier would). */
const bannerOf = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Reconnecting… other screens’ changes will appear' });

/** The banner's box ends above the control's box: nothing of it is covered. */
async function expectAbove(banner: Locator, control: Locator) {
  const bannerBox = (await banner.boundingBox())!;
  const controlBox = (await control.boundingBox())!;
  expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(controlBox.y);
}

test.describe('the "Reconnecting…" banner never covers controls', () => {
  test('till: with the live link down, the banner sits above the order header and the Back button, which still work', async ({
    pairedTill: page,
  }) => {
    await page.setViewportSize(VIEWPORTS.ipad);
    await cutTheLiveLink(page);
    await page.goto('/till');
    await tapPin(page, DEMO.cashier.pin);
    const banner = bannerOf(page);
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Reconnecting…');
    await expect(page.getByRole('status', { name: 'Connection: Reconnecting…' })).toBeVisible();

    // The ticket's header (the order's number and place) is below the banner, not under it.
    const ticket = page.getByRole('complementary', { name: 'Ticket' });
    await page.getByRole('button', { name: 'New takeaway' }).click();
    const header = ticket.getByRole('heading', { name: 'New order · Takeaway' });
    await expect(header).toBeVisible();
    await expectAbove(banner, header);
    // "Reconnecting…" in the bottom bar is longer than "Live": the till still fits the iPad, so the
    // ticket's right edge (Pay) is not pushed off the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.ipad.width);
    // The word is shown inside the sync button (the status itself is read out from a hidden copy).
    await expect(page.getByRole('button', { name: /Open the sync sheet/ })).toBeInViewport({ ratio: 1 });
    await snap(page, 'till-reconnecting-ipad');

    // The orders view's Back button: below the banner, and a tap on it lands.
    await page.getByRole('button', { name: 'Orders', exact: true }).click();
    const back = page.getByRole('button', { name: 'Back to order' });
    await expectAbove(banner, back);
    await snap(page, 'till-reconnecting-orders-ipad');
    await back.click({ timeout: 5_000 });
    await expect(header).toBeVisible();
  });

  test('kitchen and office: the banner pushes the header down instead of covering it', async ({
    pairedKitchen: page,
    browser,
  }) => {
    await page.setViewportSize(VIEWPORTS.kitchen);
    await cutTheLiveLink(page);
    await page.goto('/kitchen');
    await tapPin(page, DEMO.kitchen.pin);
    const banner = bannerOf(page);
    await expect(banner).toBeVisible();
    const station = page.getByRole('button', { name: /change station/ });
    await expectAbove(banner, station);
    await station.click({ timeout: 5_000 });
    await expect(page.getByRole('dialog', { name: 'Show tickets for' })).toBeVisible();
    await page.keyboard.press('Escape');
    await snap(page, 'kds-reconnecting-1280');

    const office = await browser.newContext({ viewport: VIEWPORTS.desktop, baseURL: test.info().project.use.baseURL });
    const officePage = await office.newPage();
    await apiSignIn(officePage.request, 'password', DEMO.manager);
    await cutTheLiveLink(officePage);
    await officePage.goto('/office');
    const officeBanner = bannerOf(officePage);
    await expect(officeBanner).toBeVisible();
    await expectAbove(officeBanner, officePage.getByRole('navigation', { name: 'Back office' }));
    await expectAbove(officeBanner, officePage.getByRole('heading', { level: 1 }));
    await snap(officePage, 'office-reconnecting-desktop');
    await office.close();
  });
});
