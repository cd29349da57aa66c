import { expect, snap, test, VIEWPORTS } from '../fixtures';

test.describe('on a phone', () => {
  test.use({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });

  test('phone: the start screen and the sign-in page fit a 390 px screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Till/ })).toBeVisible();
    await snap(page, 'start-phone');
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Back-office sign in' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await snap(page, 'login-phone');
  });
});
