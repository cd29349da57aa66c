// A real venue from nothing: `npm start` with NODE_ENV=production on an empty PostgreSQL database
// is healthy, prints a one-time setup link, and the wizard ends with the owner signed in to the
// back office and its checklist. Then the link, the page and the API are spent.
import { randomBytes } from 'node:crypto';
import { request as playwrightRequest } from '@playwright/test';
import { type AppNode, createSpecDatabase, startAppNode } from '../fixtures/app-node';
import { expect, snap, test, VIEWPORTS } from '../fixtures';

let app: AppNode;
let database: Awaited<ReturnType<typeof createSpecDatabase>>;
let output = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await createSpecDatabase('fynlo_e2e_setup');
  app = await startAppNode({
    port: 3330,
    name: 'setup',
    databaseUrl: database.url,
    env: { NODE_ENV: 'production', LOG_LEVEL: 'info' },
    unset: ['FYNLO_SEED_DEMO', 'PUBLIC_URL', 'OPEN_BANKING_PROVIDER'],
    onOutput: (text) => (output += text),
  });
});
test.afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const SETUP_LINE = /^Setup link: (http:\/\/[^\s/]+:3330\/setup\?token=([A-Za-z0-9_-]{43}))$/m;

test('first run: npm start prints a setup link; the wizard ends with the owner in the office', async ({ browser }) => {
  test.setTimeout(120_000);
  const api = await playwrightRequest.newContext({ baseURL: app.origin });
  const health = await api.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true, setupNeeded: true });

  await expect.poll(() => SETUP_LINE.test(output), { timeout: 30_000 }).toBe(true);
  const [, link, token] = SETUP_LINE.exec(output)!;
  // The token is printed once, on that line, and nowhere else.
  expect(output.split(token!).length - 1).toBe(1);
  // Chromium opens the link as printed, on whichever address of this machine it names.
  const setupPath = new URL(link!).pathname + new URL(link!).search;

  const ipad = await browser.newContext({ viewport: VIEWPORTS.ipad, hasTouch: true });
  const tablet = await ipad.newPage();
  await tablet.goto(`${app.origin}${setupPath}`);
  await expect(tablet.getByRole('heading', { name: 'Your business' })).toBeVisible();
  await snap(tablet, 'setup-ipad-business');
  await ipad.close();

  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const page = await context.newPage();
  await page.goto(`${app.origin}/setup`);
  await expect(page.getByText('Open the setup link that')).toBeVisible();

  await page.goto(`${app.origin}${setupPath}`);
  await snap(page, 'setup-desktop-business');
  // A step is checked before the next one opens.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('The business needs a name')).toBeVisible();
  await page.getByLabel('Business name').fill('Harbour Coffee Ltd');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'Your first location' })).toBeVisible();
  await page.getByLabel('Location name').fill('Harbour Coffee');
  await page.getByLabel('Address line 1').fill('2 Quay Street');
  await page.getByLabel('Town or city').fill('Bristol');
  await page.getByLabel('Postcode').fill('BS1 4DB');
  await page.getByLabel('VAT number (optional)').fill('GB12345');
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/London');
  await page.getByRole('switch', { name: 'Sunday' }).click();
  await expect(page.getByLabel('Sunday opens')).toBeDisabled();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('A UK VAT number is GB followed by 9 digits')).toBeVisible();
  await page.getByLabel('VAT number (optional)').fill('GB 123 4567 89');
  await snap(page, 'setup-desktop-location');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'Your owner account' })).toBeVisible();
  await page.getByLabel('Your name').fill('Hana Harbour');
  await page.getByLabel('Email').fill('hana@harbour.example');
  await page.getByLabel('Password').fill('short');
  await expect(page.getByText('Strength: Too short')).toBeVisible();
  await page.getByLabel('Password').fill('Harbour coffee on the quay 9');
  await expect(page.getByText('Strength: Strong')).toBeVisible();
  await snap(page, 'setup-desktop-owner');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'Your menu' })).toBeVisible();
  await snap(page, 'setup-desktop-menu');
  await page.getByRole('button', { name: /Start from the sample café menu/ }).click();

  await page.waitForURL(`${app.origin}/office`);
  await expect(page.getByRole('heading', { name: 'Get ready for your first service' })).toBeVisible();
  await expect(page.getByText('Signed in as Hana Harbour')).toBeVisible();
  await expect(page.getByRole('link', { name: /Check your menu\s*Done/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Draw your floor\s*Done/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Add staff\s*To do/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Pair your tills\s*To do/ })).toBeVisible();
  await snap(page, 'setup-desktop-office-checklist');

  // The hours given at setup are the location's settings; a closed date is added there.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('switch', { name: 'Sunday' })).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByRole('switch', { name: 'Monday' })).toHaveAttribute('aria-checked', 'true');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-25');
  await page.getByRole('button', { name: 'Add closed date' }).click();
  await expect(page.getByRole('button', { name: 'Remove Fri, 25 Dec 2026' })).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved — tills/ })).toBeVisible();
  await snap(page, 'setup-desktop-settings-hours');

  // Spent: the page is gone, the API says so, and the same link sets up nothing more.
  expect((await page.goto(`${app.origin}${setupPath}`))?.status()).toBe(404);
  expect(await (await api.get('/api/v1/setup')).json()).toEqual({ needed: false });
  const again = await api.post('/api/v1/setup', {
    data: {
      token,
      organisation: { name: 'Second Ltd' },
      location: { name: 'Second', timezone: 'Europe/London' },
      owner: {
        name: 'Someone',
        email: `someone-${randomBytes(3).toString('hex')}@example.com`,
        password: 'long enough password',
      },
    },
  });
  expect(again.status()).toBe(409);
  const organisations = await database.query<{ count: string }>('SELECT count(*) FROM "Organisation"');
  expect(organisations).toEqual([{ count: '1' }]);
  await context.close();
  await api.dispose();
});
