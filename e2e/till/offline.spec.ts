import { DEMO, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';
import { cashierTillKeptForOffline, keptForOffline, keptTill } from '../fixtures/offline';

test.describe('the till with the network down (iPad)', () => {
  test.use({ viewport: VIEWPORTS.ipad, hasTouch: true });

  test('till: reloaded offline, it opens from the service worker with the menu it kept, and says Offline', async ({
    pairedTill: page,
    context,
  }) => {
    await page.goto('/till');
    await tapPin(page, DEMO.cashier.pin);
    await expect(page.getByText('Casey Cashier')).toBeVisible();
    await expect(page.getByRole('button', { name: /Flat white/ })).toBeVisible();
    await keptForOffline(page, 'Casey Cashier');

    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.getByText('Casey Cashier')).toBeVisible();
      await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
      await expect(page.getByTestId('offline-banner')).toBeVisible();
      await expect(page.getByRole('button', { name: /Flat white/ })).toBeVisible();
      await expect(page.getByText('Could not load the menu')).toBeHidden();
      await snap(page, 'till-offline-reload-ipad');
      // Only pages and the build's files are in the service worker's caches, never an API answer.
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys())
          for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
        return urls;
      });
      expect(cached).toContain('/till');
      expect(cached.filter((path) => path.startsWith('/api/') || path.startsWith('/office'))).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
    // Back online the screen carries on without a reload of its own.
    await expect(page.getByRole('status', { name: 'Connection: Live' })).toBeVisible();
  });

  test('till: the kept page follows the screen — signed out, an offline reload shows the PIN pad', async ({
    pairedTill: page,
    context,
  }) => {
    await cashierTillKeptForOffline(page);
    await page.getByRole('button', { name: 'Switch user' }).click();
    await expect(page.getByRole('group', { name: 'Enter your PIN' })).toBeVisible();
    // The PIN pad's own copy replaces the signed-in one.
    await expect.poll(async () => (await keptTill(page))?.includes('Enter your PIN') ?? false).toBe(true);
    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.getByRole('group', { name: 'Enter your PIN' })).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });

  test('till: signed out with the network down, the screen locks on the device and stays locked across a reload', async ({
    pairedTill: page,
    context,
  }) => {
    await cashierTillKeptForOffline(page);

    await context.setOffline(true);
    const lock = page.getByRole('dialog', { name: 'Screen locked' });
    try {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(lock).toBeVisible();
      await expect(lock.getByText(/PIN sign-in needs the network/)).toBeVisible();
      await snap(page, 'till-offline-locked-ipad');
      // The kept page is the signed-in one; the lock still covers it.
      await page.reload();
      await expect(lock).toBeVisible();
      // What is under the lock cannot be reached: the point at the middle of New takeaway is the lock's.
      const reachable = await page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('New takeaway'));
        if (!button) return false;
        const box = button.getBoundingClientRect();
        return button.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      });
      expect(reachable).toBe(false);
    } finally {
      await context.setOffline(false);
    }
    await tapPin(lock, DEMO.cashier.pin);
    await expect(lock).toBeHidden();
    await expect(page.getByRole('button', { name: 'New takeaway' })).toBeVisible();
  });
});
