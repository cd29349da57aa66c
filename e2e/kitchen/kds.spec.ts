import { randomUUID } from 'node:crypto';
import type { Browser, Page, TestInfo } from '@playwright/test';
import type { ApiOutput } from '@/lib/client/call-api';
import type { TMenuItem } from '@/lib/schemas/menu';
import {
  apiSignIn,
  dataOf,
  DEMO,
  e2eApi,
  type E2eApi,
  expect,
  menuItems,
  pairAs,
  snap,
  tapPin,
  test,
  VIEWPORTS,
} from '../fixtures';

type Screen = { page: Page; close: () => Promise<void> };

/** A browser context of its own, paired as a till or kitchen screen, with someone signed in by PIN. */
async function openScreen(
  browser: Browser,
  testInfo: TestInfo,
  kind: 'TILL' | 'KITCHEN',
  options: { installClock?: boolean } = {},
): Promise<Screen> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: kind === 'TILL' ? VIEWPORTS.ipad : VIEWPORTS.kitchen,
    hasTouch: true,
  });
  const page = await context.newPage();
  if (options.installClock) await page.clock.install();
  await pairAs(page, kind, `${kind === 'TILL' ? 'Till' : 'Pass'} ${testInfo.title.slice(0, 24)}`);
  await page.goto(kind === 'TILL' ? '/till' : '/kitchen');
  await tapPin(page, kind === 'TILL' ? DEMO.cashier.pin : DEMO.kitchen.pin);
  await expect(page.getByRole('status', { name: 'Connection: Live' })).toBeVisible();
  return { page, close: () => context.close() };
}

/** Rings up and sends an order over the API, as a till would; answers the order number and its tickets. */
async function sendOrder(
  api: E2eApi,
  items: TMenuItem[],
  order: { type: 'DINE_IN' | 'TAKEAWAY'; tableId?: string },
  lines: { name: string; quantity?: number; modifiers?: string[]; note?: string; seat?: number }[],
) {
  const byName = (name: string) => items.find((item) => item.name === name)!;
  const created = await api.request('createOrder', {
    body: {
      type: order.type,
      tableId: order.tableId,
      lines: lines.map((line) => {
        const item = byName(line.name);
        const modifiers = item.modifierGroups.flatMap((group) => group.modifiers);
        return {
          itemId: item.id,
          quantity: line.quantity ?? 1,
          modifierIds: (line.modifiers ?? []).map((name) => modifiers.find((modifier) => modifier.name === name)!.id),
          note: line.note ?? '',
          seat: line.seat ?? null,
        };
      }),
    },
    idempotencyKey: randomUUID(),
  });
  expect(created.status).toBe(201);
  const { order: made } = dataOf(created);
  const sent = await api.request('sendOrder', { params: { id: made.id }, body: {} });
  expect(sent.status).toBe(200);
  const { tickets } = dataOf(sent);
  return { id: made.id, number: made.number, lineIds: made.lines.map((line) => line.id), tickets };
}

test.describe('kitchen display with a till (two screens, live)', () => {
  test('kitchen: a table sent from the till is on the KDS within a second; bumped, the till hears it is ready', async ({
    browser,
  }, testInfo) => {
    const kitchen = await openScreen(browser, testInfo, 'KITCHEN');
    const till = await openScreen(browser, testInfo, 'TILL');
    const kds = kitchen.page;
    const ipad = till.page;
    await expect(kds.getByRole('heading', { name: /All stations \(expo\)/ })).toBeVisible();

    // The till rings up table 3 and sends it.
    const ticketPanel = ipad.getByRole('complementary', { name: 'Ticket' });
    await ipad.getByRole('button', { name: 'Tables', exact: true }).click();
    await ipad.getByRole('button', { name: /^Table 3, \d seats, free/ }).click();
    await ipad.getByRole('button', { name: 'Breakfast' }).click();
    await ipad.getByRole('button', { name: /^Bacon roll/ }).click();
    await ipad.getByRole('button', { name: /^Porridge/ }).click();
    await expect(ticketPanel.getByRole('button', { name: /1 × Porridge/ })).toBeVisible();
    const [sendResponse] = await Promise.all([
      ipad.waitForResponse((response) => /\/api\/v1\/orders\/[^/]+\/send$/.test(response.url())),
      ticketPanel.getByRole('button', { name: 'Send', exact: true }).click(),
    ]);
    expect(sendResponse.status()).toBe(200);
    // The till's own request, watched: typed from the contract.
    const { order } = (await sendResponse.json()) as ApiOutput<'sendOrder'>;

    // Pushed to the kitchen at once: no reload, no waiting for the poll.
    const card = kds.getByRole('article', { name: `Order ${order.number}, Table 3` });
    await expect(card).toBeVisible({ timeout: 1_000 });
    await expect(card.getByText('Casey Cashier')).toBeVisible();
    await expect(kds.getByText(/All day:.*Bacon roll ×\d/)).toBeVisible();

    // Start it, then mark the bacon roll done on its own.
    await card.getByRole('button', { name: 'Start' }).click();
    await expect(card.getByText('In progress')).toBeVisible();
    await card.getByRole('button', { name: /Bacon roll/ }).click();
    await expect(card.getByRole('button', { name: /Bacon roll \(ready\)/ })).toBeVisible();
    await expect(card).toBeVisible(); // the porridge is still to make
    await snap(kds, 'kds-item-ready-1280');

    // Bump the rest: the ticket leaves the pass and the server's till says so.
    await card.getByRole('button', { name: `Bump order ${order.number}` }).click();
    await expect(card).toBeHidden();
    const toast = ipad.getByRole('region', { name: 'Notifications' }).getByText(`Order #${order.number} is ready`);
    await expect(toast).toBeVisible();
    await expect(ipad.getByRole('region', { name: 'Notifications' })).toContainText('Kitchen · Table 3');
    await snap(ipad, 'till-ready-toast-ipad');
    await ipad.getByRole('button', { name: 'Orders', exact: true }).click();
    const number = new RegExp(`#${order.number}(?!\\d)`);
    const openOrders = ipad.getByRole('region', { name: 'Open orders' });
    const orderRow = openOrders.getByRole('button').filter({ hasText: number }).filter({ hasText: 'Table 3' });
    await expect(orderRow).toContainText('ready');
    await ipad.getByRole('button', { name: 'Tables', exact: true }).click();
    await expect(ipad.getByRole('button', { name: /^Table 3, \d seats, ready, order #/ })).toBeVisible();
    await snap(ipad, 'till-tables-ready-ipad');

    // The chime for new tickets: switched on by a tap (the gesture browsers want before sound).
    const sound = kds.getByRole('switch', { name: 'Sound' });
    await sound.click();
    await expect(sound).toHaveAttribute('aria-checked', 'true');
    await expect(sound).toContainText('Sound on');

    // Recall it: back on the pass, to be made again.
    await kds.getByRole('button', { name: 'Recall last' }).click();
    const recall = kds.getByRole('dialog', { name: 'Recall a ticket' });
    const row = recall.getByRole('button').filter({ hasText: number }).filter({ hasText: 'Table 3' });
    await expect(row).toBeVisible();
    await snap(kds, 'kds-recall-sheet-1280');
    await row.click();
    await expect(recall).toBeHidden();
    await expect(card).toBeVisible();
    await expect(card.getByText('In progress')).toBeVisible();
    await expect(card.getByRole('button', { name: /Bacon roll \(ready\)/ })).toBeHidden();

    await till.close();
    await kitchen.close();
  });

  test('kitchen: tickets turn amber at 8 minutes and red at 15; the KDS at 1280 × 800 and 1920 × 1080', async ({
    browser,
  }, testInfo) => {
    // The till's side: orders over the API from a paired till with the cashier signed in.
    const tillContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const tillPage = await tillContext.newPage();
    await pairAs(tillPage, 'TILL', 'Till for the aged tickets');
    await apiSignIn(tillPage.request, 'pin', { pin: DEMO.cashier.pin });
    const tillApi = e2eApi(tillPage.request);
    const items = await menuItems(tillApi);
    const tables = await tillApi.call('tables', {});
    const table = (name: string) => tables.areas.flatMap((area) => area.tables).find((each) => each.name === name)!.id;

    const kitchen = await openScreen(browser, testInfo, 'KITCHEN', { installClock: true });
    const kds = kitchen.page;

    const first = await sendOrder(tillApi, items, { type: 'DINE_IN', tableId: table('1') }, [
      { name: 'Full English', modifiers: ['Fried', 'Brown'], seat: 1 },
      { name: 'Eggs on toast', modifiers: ['Poached', 'Sourdough', 'Avocado'], seat: 2, note: 'Allergy: no butter' },
    ]);
    // Three seconds between the first two tickets, so a frozen clock can sit between their ages
    // with room for the screen's own rounding.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const second = await sendOrder(tillApi, items, { type: 'TAKEAWAY' }, [
      { name: 'Halloumi wrap', quantity: 2, note: 'No chilli' },
      { name: 'Bacon roll' },
    ]);
    const third = await sendOrder(tillApi, items, { type: 'DINE_IN', tableId: table('2') }, [
      { name: 'Toasted cheese & ham', modifiers: ['White'] },
      { name: 'Soup of the day', quantity: 2 },
      { name: 'Flat white', quantity: 2, modifiers: ['Oat milk'] },
      { name: 'Croissant', modifiers: ['Butter'] },
    ]);
    // A sent item voided with the manager's PIN stays on the ticket, struck through.
    const voided = await tillApi.request('voidOrderLine', {
      params: { id: third.id, lineId: third.lineIds[1]! },
      body: { reason: 'Customer changed mind', approval: { pin: DEMO.manager.pin } },
    });
    expect(voided.status).toBe(200);
    await sendOrder(tillApi, items, { type: 'DINE_IN', tableId: table('4') }, [
      { name: 'Smashed avocado', modifiers: ['Sourdough', 'Bacon'] },
      { name: 'Porridge', quantity: 3 },
    ]);

    const firstCard = kds.getByRole('article', { name: `Order ${first.number}, Table 1` });
    const secondCard = kds.getByRole('article', { name: `Order ${second.number}, Takeaway` });
    await expect(firstCard).toBeVisible();
    const soup = kds.getByRole('article', { name: `Order ${third.number}, Table 2` }).filter({ hasText: 'Soup' });
    await expect(soup).toContainText('voided');

    // One station only, remembered by this screen across a reload; then back to every station.
    await kds.getByRole('button', { name: /change station/ }).click();
    await kds.getByRole('dialog', { name: 'Show tickets for' }).getByRole('radio', { name: 'Bar' }).click();
    await expect(kds.getByRole('heading', { name: /^Bar/ })).toBeVisible();
    await expect(kds.getByRole('article', { name: `Order ${third.number}, Table 2` })).toHaveCount(1);
    await expect(firstCard).toBeHidden();
    await kds.reload();
    await expect(kds.getByRole('heading', { name: /^Bar/ })).toBeVisible();
    await expect(kds.getByRole('article', { name: `Order ${third.number}, Table 2` })).toContainText('Flat white');
    await kds.getByRole('button', { name: /change station/ }).click();
    await kds.getByRole('radio', { name: 'All stations (expo)' }).click();
    await expect(firstCard).toBeVisible();

    // Freeze the screen's clock just past 8 minutes after the first ticket (before the second's).
    const firstAt = Date.parse(first.tickets[0]!.createdAt);
    const secondAt = Date.parse(second.tickets[0]!.createdAt);
    expect(secondAt - firstAt).toBeGreaterThanOrEqual(3_000);
    const between = Math.floor((firstAt + secondAt) / 2);
    await kds.clock.pauseAt(Date.now() + 1_000);
    await kds.clock.setSystemTime(between + 8 * 60_000 - 1_000);
    await kds.clock.runFor(1_000);
    await expect(firstCard).toContainText('Running late');
    await expect(secondCard).not.toContainText('Running late');
    await snap(kds, 'kds-tickets-1280');
    await kds.setViewportSize(VIEWPORTS.kitchenLarge);
    await snap(kds, 'kds-tickets-1920');

    await kds.clock.setSystemTime(between + 15 * 60_000 - 1_000);
    await kds.clock.runFor(1_000);
    await expect(firstCard.getByText('Late', { exact: true })).toBeVisible();
    await expect(secondCard).toContainText('Running late');
    await snap(kds, 'kds-tickets-late-1920');
    await kds.setViewportSize(VIEWPORTS.kitchen);
    await snap(kds, 'kds-tickets-late-1280');

    await kitchen.close();
    await tillContext.close();
  });

  test('kitchen: one station bumping a three-station order tells the till only that part is ready; the order is ready when the last ticket goes', async ({
    browser,
    playwright,
  }, testInfo) => {
    const till = await openScreen(browser, testInfo, 'TILL');
    const ipad = till.page;
    const tillApi = e2eApi(ipad.request); // the cashier's session: the order is theirs, so the toasts are too
    const menu = await tillApi.call('menu', {});
    const items = menu.categories.flatMap((category) => category.items);
    const station = (name: string) => menu.stations.find((each) => each.name === name)!.id;
    const order = await sendOrder(tillApi, items, { type: 'TAKEAWAY' }, [
      { name: 'Bacon roll' }, // Kitchen
      { name: 'Fresh orange juice' }, // Bar
      { name: 'Crisps' }, // Counter
    ]);
    expect(order.tickets).toHaveLength(3);
    const ticketAt = (name: string) => order.tickets.find((ticket) => ticket.stationId === station(name))!;

    // The pass bumps over the API, as a kitchen screen would.
    const pass = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    await apiSignIn(pass, 'password', DEMO.manager);
    const bump = async (name: string) =>
      expect((await e2eApi(pass).request('bumpTicket', { params: { id: ticketAt(name).id }, body: {} })).status).toBe(
        200,
      );
    const toasts = ipad.getByRole('region', { name: 'Notifications' });
    const ready = toasts.getByText(`Order #${order.number} is ready`);

    await bump('Kitchen');
    await expect(toasts.getByText(`Order #${order.number} · Kitchen part ready`)).toBeVisible();
    await expect(toasts).toContainText('Bar, Counter still making · Takeaway');
    await expect(ready).toHaveCount(0);
    await snap(ipad, 'till-part-ready-toast-ipad');

    await bump('Bar');
    await expect(toasts.getByText(`Order #${order.number} · Bar part ready`)).toBeVisible();
    await expect(toasts).toContainText('Counter still making · Takeaway');
    await expect(ready).toHaveCount(0);

    // The last ticket: now the order is ready, and the part toasts make way for it.
    await bump('Counter');
    await expect(ready).toBeVisible();
    await expect(toasts).toContainText('Kitchen, Bar, Counter · Takeaway');
    await expect(toasts.getByText(/part ready/)).toHaveCount(0);
    await snap(ipad, 'till-order-ready-toast-ipad');

    await pass.dispose();
    await till.close();
  });

  test('kitchen: a started ticket looks different from a new one, by its frame colour and its word', async ({
    browser,
  }, testInfo) => {
    const tillContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const tillPage = await tillContext.newPage();
    await pairAs(tillPage, 'TILL', 'Till for started tickets');
    await apiSignIn(tillPage.request, 'pin', { pin: DEMO.cashier.pin });
    const tillApi = e2eApi(tillPage.request);
    const items = await menuItems(tillApi);
    const kitchen = await openScreen(browser, testInfo, 'KITCHEN');
    const kds = kitchen.page;
    const fresh = await sendOrder(tillApi, items, { type: 'TAKEAWAY' }, [{ name: 'Porridge' }]);
    const started = await sendOrder(tillApi, items, { type: 'TAKEAWAY' }, [{ name: 'Halloumi wrap' }]);

    const freshCard = kds.getByRole('article', { name: `Order ${fresh.number}, Takeaway` });
    const startedCard = kds.getByRole('article', { name: `Order ${started.number}, Takeaway` });
    await startedCard.getByRole('button', { name: `Start order ${started.number}` }).click();
    const startedWord = startedCard.getByText('In progress', { exact: true });
    const freshWord = freshCard.getByText('New', { exact: true });
    await expect(startedWord).toBeVisible();
    await expect(freshWord).toBeVisible();

    // Told apart by colour as well as by word: the card's frame and the word's badge.
    const looks = async (card: typeof freshCard, word: typeof freshWord) => ({
      ...(await card.evaluate((element) => ({
        frame: getComputedStyle(element).borderTopColor,
        frameWidth: getComputedStyle(element).borderTopWidth,
      }))),
      badge: await word.evaluate((element) => getComputedStyle(element).backgroundColor),
    });
    const freshLooks = await looks(freshCard, freshWord);
    const startedLooks = await looks(startedCard, startedWord);
    expect(startedLooks.frame).not.toBe(freshLooks.frame);
    expect(startedLooks.badge).not.toBe(freshLooks.badge);
    expect(parseFloat(startedLooks.frameWidth)).toBeGreaterThan(parseFloat(freshLooks.frameWidth));
    await startedCard.scrollIntoViewIfNeeded();
    await snap(kds, 'kds-started-vs-new-1280');

    await kitchen.close();
    await tillContext.close();
  });
});
