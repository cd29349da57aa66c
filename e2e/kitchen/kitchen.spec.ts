import { DEMO, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';

test.describe('kitchen display (wall tablet)', () => {
  test.use({ viewport: VIEWPORTS.kitchen, hasTouch: true });

  test('kitchen: kitchen staff sign in with a PIN on a paired screen', async ({ pairedKitchen: page }) => {
    await page.goto('/kitchen');
    await expect(page.getByRole('group', { name: 'Enter your PIN' })).toBeVisible();
    await snap(page, 'kitchen-pin-pad-1280');
    await tapPin(page, DEMO.kitchen.pin);
    await expect(page.getByText('Kit Kitchen')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'All stations' })).toBeVisible();
    await snap(page, 'kitchen-shell-1280');
    await page.setViewportSize(VIEWPORTS.kitchenLarge);
    await snap(page, 'kitchen-shell-1920');
  });
});
