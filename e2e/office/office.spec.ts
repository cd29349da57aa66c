import { apiSignIn, DEMO, e2eApi, expect, snap, test, VIEWPORTS } from '../fixtures';

test.describe('back office (desktop)', () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test('office: the owner signs in and sees today, devices and the audit log', async ({ page }) => {
    await page.goto('/office');
    await expect(page).toHaveURL(/\/login\?next=%2Foffice/);
    await snap(page, 'login-desktop');
    await page.getByLabel('Email').fill(DEMO.owner.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
    await page.getByLabel('Password').fill(DEMO.owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
    // Other specs sign in at the same café meanwhile, so the latest change may be theirs.
    await expect(page.getByText('Last change')).toBeVisible();
    await expect(page.getByText(/items in 6 categories/)).toBeVisible();
    await snap(page, 'office-today-desktop');

    await page.getByRole('link', { name: 'Devices' }).click();
    await expect(page.getByRole('heading', { name: 'Devices' })).toBeVisible();
    await snap(page, 'office-devices-desktop');

    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByText(/Hash chain intact/)).toBeVisible();
    await expect(page.getByText('auth.password_sign_in').first()).toBeVisible();
    await snap(page, 'office-audit-desktop');
  });

  test('office: a manager revokes a till and its cashier session ends', async ({ browser }) => {
    const till = await browser.newContext({ viewport: VIEWPORTS.ipad, baseURL: test.info().project.use.baseURL });
    const tillPage = await till.newPage();
    const tillApi = e2eApi(tillPage.request);
    await apiSignIn(tillPage.request, 'password', DEMO.manager);
    const paired = await tillApi.request('pairDevice', { body: { name: 'Doomed till', kind: 'TILL' } });
    expect(paired.status).toBe(201);
    await apiSignIn(tillPage.request, 'pin', { pin: DEMO.cashier.pin });
    expect((await tillApi.request('me', {})).status).toBe(200);

    const office = await browser.newContext({ viewport: VIEWPORTS.desktop, baseURL: test.info().project.use.baseURL });
    const page = await office.newPage();
    await apiSignIn(page.request, 'password', DEMO.manager);
    await page.goto('/office/devices');
    const row = page.getByRole('row', { name: /Doomed till/ });
    await row.getByRole('button', { name: 'Revoke…' }).click();
    await row.getByRole('button', { name: 'Revoke Doomed till' }).click();
    await expect(row.getByText(/Revoked/)).toBeVisible();

    expect((await tillApi.request('me', {})).status).toBe(401);
    await tillPage.goto('/till');
    await expect(tillPage.getByRole('heading', { name: /not set up as a till/ })).toBeVisible();
    await till.close();
    await office.close();
  });
});
