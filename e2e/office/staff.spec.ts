import { apiSignIn, DEMO, expect, pairAs, snap, tapPin, test, VIEWPORTS } from '../fixtures';

test.describe('staff (desktop office, iPad till)', () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test('office: a manager adds a cashier with a PIN, who then signs in with it on a paired till', async ({
    page,
    browser,
  }) => {
    // A PIN and name of this run's own: the e2e database is fresh, but other specs share it.
    const pin = String(100_000 + Math.floor(Math.random() * 899_999));
    const name = `Robin ${pin.slice(0, 3)}`;

    // Side panels slide in; screenshots should show them where they stop.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await apiSignIn(page.request, 'password', DEMO.manager);
    await page.goto('/office');
    await page.getByRole('link', { name: 'Staff', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Staff', level: 1 })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Casey Cashier', exact: true })).toBeVisible();
    await snap(page, 'office-staff-desktop');

    await page.getByRole('button', { name: 'Add person' }).click();
    const sheet = page.getByRole('dialog', { name: 'Add person' });
    await expect(sheet).toBeVisible();
    // A manager may not give the owner role.
    await expect(sheet.getByLabel('Role').locator('option')).toHaveText([
      'Manager',
      'Supervisor',
      'Cashier',
      'Kitchen',
    ]);
    await sheet.getByLabel('Name').fill(name);
    await sheet.getByLabel('Role').selectOption('CASHIER');
    await sheet.getByLabel('PIN', { exact: true }).fill(pin);
    await sheet.getByLabel('Confirm PIN').fill(pin.split('').reverse().join(''));
    await sheet.getByRole('button', { name: 'Add person' }).click();
    await expect(sheet.getByText('The two PINs are not the same')).toBeVisible();
    await sheet.getByLabel('Confirm PIN').fill(pin);
    await snap(page, 'office-staff-add-desktop');
    await sheet.getByRole('button', { name: 'Add person' }).click();
    await expect(sheet).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('Cashier');
    await expect(row).toContainText('Active');
    await expect(row.getByRole('cell', { name: 'Yes', exact: true })).toBeVisible();
    await expect(row).not.toContainText(pin);

    await page.setViewportSize(VIEWPORTS.ipad);
    await snap(page, 'office-staff-ipad');
    await row.getByRole('button', { name: `Edit ${name}` }).click();
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    await snap(page, 'office-staff-edit-ipad');
    await page.getByRole('dialog', { name }).getByRole('button', { name: 'Close' }).click();

    const till = await browser.newContext({ viewport: VIEWPORTS.ipad, hasTouch: true });
    try {
      const tillPage = await till.newPage();
      await pairAs(tillPage, 'TILL', 'Staff spec till');
      await tillPage.goto('/till');
      await expect(tillPage.getByRole('group', { name: 'Enter your PIN' })).toBeVisible();
      await tapPin(tillPage, pin);
      await expect(tillPage.getByText(name)).toBeVisible();
    } finally {
      await till.close();
    }
  });

  test('office: a manager adds someone who chooses their own PIN on the till with a one-time code', async ({
    page,
    browser,
  }) => {
    const suffix = String(Math.floor(Math.random() * 900) + 100);
    const name = `Jo Chooser ${suffix}`;
    const pin = `7${suffix}42`;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await apiSignIn(page.request, 'password', DEMO.manager);
    await page.goto('/office/staff');
    await page.getByRole('button', { name: 'Add person' }).click();
    const sheet = page.getByRole('dialog', { name: 'Add person' });
    await sheet.getByLabel('Name').fill(name);
    await sheet.getByRole('radio', { name: 'They choose it on the till' }).click();
    await sheet.getByRole('button', { name: 'Add person' }).click();
    const added = page.getByRole('dialog', { name: `${name} added` });
    const shown = added.getByRole('status', { name: new RegExp(`Till code for ${name}`) });
    await expect(shown).toBeVisible();
    const code = (await shown.textContent())!.replace(/\D/g, '');
    expect(code).toMatch(/^\d{8}$/);
    await snap(page, 'office-staff-till-code-desktop');
    await added.getByRole('button', { name: 'Done' }).click();
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row.getByRole('cell', { name: 'Not set', exact: true })).toBeVisible();

    const till = await browser.newContext({ viewport: VIEWPORTS.ipad, hasTouch: true });
    try {
      const tillPage = await till.newPage();
      await pairAs(tillPage, 'TILL', 'Chooser spec till');
      await tillPage.goto('/till');
      await tillPage.getByRole('button', { name: 'New here? Choose your PIN' }).click();
      await expect(tillPage.getByRole('group', { name: 'Type the code from your manager' })).toBeVisible();
      await snap(tillPage, 'till-choose-pin-code-ipad');
      await tapPin(tillPage, code);
      await expect(tillPage.getByRole('group', { name: `Hi ${name}, choose a PIN` })).toBeVisible();
      await tapPin(tillPage, pin);
      await expect(tillPage.getByRole('group', { name: 'Type your new PIN again' })).toBeVisible();
      await tapPin(tillPage, pin.split('').reverse().join(''));
      await expect(tillPage.getByText('The two PINs were different. Choose again.')).toBeVisible();
      await tapPin(tillPage, pin);
      await tapPin(tillPage, pin);
      await expect(tillPage.getByText(name)).toBeVisible();
    } finally {
      await till.close();
    }
    await page.reload();
    await expect(
      page.getByRole('row').filter({ hasText: name }).getByRole('cell', { name: 'Yes', exact: true }),
    ).toBeVisible();
  });

  test('login: Forgot password? asks for an email and answers the same whether or not it is known', async ({
    page,
  }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await snap(page, 'forgot-password-desktop');
    await page.getByLabel('Email').fill('nobody-here@example.com');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'If an account uses that email' })).toBeVisible();

    await page.goto('/reset-password?token=not-a-real-token');
    await expect(page.getByRole('alert').filter({ hasText: 'This link is not valid' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Send me a new link' })).toBeVisible();
  });
});
