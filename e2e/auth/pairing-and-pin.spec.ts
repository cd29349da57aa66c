import { apiSignIn, DEMO, e2eApi, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';

test.describe('pairing and PIN sign-in on the till (iPad)', () => {
  test.use({ viewport: VIEWPORTS.ipad, hasTouch: true });

  test('till: a manager pairs the iPad, then the cashier signs in with a PIN and switches user', async ({ page }) => {
    await page.goto('/till');
    await expect(page.getByRole('heading', { name: /not set up as a till/ })).toBeVisible();
    await snap(page, 'till-unpaired-ipad');
    await page.getByRole('link', { name: 'Pair this device (manager)' }).click();

    await expect(page.getByRole('heading', { name: 'Back-office sign in' })).toBeVisible();
    await page.getByLabel('Email').fill(DEMO.manager.email);
    await page.getByLabel('Password').fill(DEMO.manager.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('heading', { name: 'Pair this device' })).toBeVisible();
    await snap(page, 'pair-ipad');
    await page.getByLabel('Device name').fill('Front counter');
    await page.getByRole('button', { name: 'Pair this device' }).click();

    await expect(page.getByRole('group', { name: 'Enter your PIN' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Front counter' })).toBeVisible();
    await snap(page, 'till-pin-pad-ipad');

    await tapPin(page, DEMO.cashier.pin);
    await expect(page.getByText('Casey Cashier')).toBeVisible();
    await expect(
      page.getByRole('button', { name: /Flat white/ }).or(page.getByLabel(/Flat white, £3\.40/)),
    ).toBeVisible();
    await snap(page, 'till-shell-ipad');

    await page.getByRole('button', { name: 'Switch user' }).click();
    await expect(page.getByRole('group', { name: 'Enter your PIN' })).toBeVisible();
    await tapPin(page, DEMO.manager.pin);
    await expect(page.getByText('Morgan Manager')).toBeVisible();
  });

  test('till: five wrong PINs lock PIN sign-in on the device, even for the right PIN', async ({ pairedTill: page }) => {
    await page.goto('/till');
    for (const pin of ['9999', '9998', '9997', '9996']) {
      await tapPin(page, pin);
      await expect(page.getByRole('alert').filter({ hasText: 'not recognised' })).toBeVisible();
    }
    await tapPin(page, '9995');
    await expect(page.getByRole('alert').filter({ hasText: /locked — try again in [45]:\d\d/ })).toBeVisible();
    await expect(page.getByRole('button', { name: '2', exact: true })).toBeDisabled();
    await snap(page, 'till-pin-locked-ipad');

    // The lock is on the server: a fresh page, and the API, refuse the right PIN too.
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: /locked/ })).toBeVisible();
    const attempt = await apiSignIn(page.request, 'pin', { pin: DEMO.cashier.pin });
    expect(new URL(attempt.url).searchParams.get('code')).toBe('locked');
    expect((await e2eApi(page.request).request('me', {})).status).toBe(401);
  });

  test('api: an unpaired browser cannot PIN sign in, even with a right PIN', async ({ request }) => {
    const attempt = await apiSignIn(request, 'pin', { pin: DEMO.cashier.pin });
    expect(new URL(attempt.url).searchParams.get('code')).toBe('unpaired');
    // Raw: the whole error body is the point here, not only the error the typed client reads.
    const me = await request.get('/api/v1/me');
    expect(me.status()).toBe(401);
    expect(await me.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } });
  });
});
