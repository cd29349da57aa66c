// A manager takes the menu out as a spreadsheet and brings it back: export, dry run, and an
// import that applies every row or none.
import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { apiPath } from '@/lib/client/call-api';
import { getDb } from '@/lib/db';
import { MENU_CSV_COLUMNS, MENU_CSV_MAX_CHARACTERS } from '@/lib/domain/menu-csv';
import { testApi } from '../api-client';
import { menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { BASE_URL, sessionCookie } from '../http';
import { dispatch } from '../route-table';

const manager = () => sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });
const cashier = () => sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
const HEADER = MENU_CSV_COLUMNS.join(',');
const csvOf = (...lines: string[]) => `${[HEADER, ...lines].join('\r\n')}\r\n`;

async function exportMenu(cookie: string): Promise<Response> {
  return dispatch(new Request(`${BASE_URL}${apiPath('exportMenu')}`, { headers: { cookie } }));
}

async function importMenu(csv: string, options: { dryRun?: boolean; idempotencyKey?: string } = {}) {
  const { dryRun, idempotencyKey } = options;
  return testApi({ cookie: await manager() }).request('importMenu', {
    body: { csv, ...(dryRun === undefined ? {} : { dryRun }) },
    idempotencyKey,
  });
}

/** Everything an import could write, to prove one wrote nothing. */
async function footprint() {
  const db = getDb();
  const [items, categories, links, audit, events, keys, latte] = await Promise.all([
    db.item.count(),
    db.category.count(),
    db.itemModifierGroup.count(),
    db.auditLog.count(),
    db.outboxEvent.count(),
    db.idempotencyRecord.count(),
    db.item.findUniqueOrThrow({ where: { id: menu.latte } }),
  ]);
  return { items, categories, links, audit, events, keys, lattePence: latte.pricePence };
}

describe('menu CSV export', () => {
  it('downloads the demo menu as CSV that parses back to one row per item on the tills', async () => {
    const response = await exportMenu(await manager());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="menu-demo.csv"');
    const text = await response.text();
    const { data, errors } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    const onTills = await testApi({ cookie: await cashier() }).call('menu', {});
    expect(data).toHaveLength(onTills.categories.flatMap((category) => category.items).length);
    expect(Object.keys(data[0]!)).toEqual([...MENU_CSV_COLUMNS]);
    expect(data.find((row) => row.name === 'Flat white')).toEqual({
      category: 'Coffee',
      name: 'Flat white',
      description: '',
      price: '3.40',
      vat_eat_in: '20',
      vat_takeaway: '20',
      station: 'Bar',
      modifier_groups: 'Milk|Extras',
      available: 'yes',
      barcode: '',
    });
  });

  it('writes a name a spreadsheet would run as a formula as text, and reads it back unchanged', async () => {
    const created = await importMenu(csvOf('Specials,=HYPERLINK("http://evil"),,2.00,20,20,,,yes,'));
    expect(created.ok && created.data).toMatchObject({ created: 1, errors: [] });
    const text = await (await exportMenu(await manager())).text();
    expect(text).toContain(`Specials,"'=HYPERLINK(""http://evil"")"`);
    const again = await importMenu(text);
    expect(again.ok && again.data).toMatchObject({ created: 0, updated: 0, errors: [] });
  });

  it('is for owners and managers: a cashier gets 403', async () => {
    const response = await exportMenu(await cashier());
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('FORBIDDEN');
  });
});

describe('menu CSV import', () => {
  it('round trip: importing the export changes nothing and says every row is unchanged', async () => {
    const exported = await (await exportMenu(await manager())).text();
    const rowCount = Papa.parse(exported, { header: true, skipEmptyLines: true }).data.length;
    const before = await footprint();
    const menuBefore = await testApi({ cookie: await manager() }).call('menu', {});
    const result = await importMenu(exported);
    expect(result.ok && result.data).toEqual({
      created: 0,
      updated: 0,
      unchanged: rowCount,
      categoriesCreated: 0,
      errors: [],
    });
    expect(await testApi({ cookie: await manager() }).call('menu', {})).toEqual(menuBefore);
    // The import is audited, but tills are not told to refetch a menu that did not change.
    expect(await footprint()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('adds new items (and their category) and updates existing ones in one audited change', async () => {
    const before = await footprint();
    const result = await importMenu(
      csvOf(
        'Coffee,Latte,,3.75,20,20,Bar,Size|Milk|Extras,yes,',
        'Smoothies,Berry blast,"Strawberry, banana",4.95,20,0,Counter,Extras,yes,5012345678900',
        'smoothies,Green machine,,5.25,20,,,,no,',
      ),
    );
    expect(result.ok && result.data).toEqual({
      created: 2,
      updated: 1,
      unchanged: 0,
      categoriesCreated: 1,
      errors: [],
    });
    const db = getDb();
    expect((await db.item.findUniqueOrThrow({ where: { id: menu.latte } })).pricePence).toBe(375);
    const smoothies = await db.category.findMany({ where: { name: 'Smoothies' }, include: { items: true } });
    expect(smoothies).toHaveLength(1);
    const items = await db.item.findMany({
      where: { categoryId: smoothies[0]!.id },
      orderBy: { sortOrder: 'asc' },
      include: { modifierGroups: { include: { group: true } } },
    });
    expect(items).toMatchObject([
      {
        name: 'Berry blast',
        description: 'Strawberry, banana',
        pricePence: 495,
        vatRateBps: 2000,
        takeawayVatRateBps: 0,
        stationId: menu.stations.counter,
        isAvailable: true,
        barcode: '5012345678900',
        modifierGroups: [{ group: { name: 'Extras' } }],
      },
      { name: 'Green machine', pricePence: 525, takeawayVatRateBps: 2000, stationId: null, isAvailable: false },
    ]);
    const audit = await db.auditLog.findMany({ orderBy: { seq: 'desc' }, take: 1 });
    expect(audit).toMatchObject([
      {
        action: 'menu.imported',
        entityType: 'Location',
        after: { rows: 3, created: 2, updated: 1, unchanged: 0, categoriesCreated: 1 },
      },
    ]);
    const events = await db.outboxEvent.findMany({ orderBy: { seq: 'desc' }, take: 1 });
    expect(events).toMatchObject([{ type: 'menu.updated', payload: { action: 'menu.imported' } }]);
    expect(await footprint()).toMatchObject({ items: before.items + 2, categories: before.categories + 1 });
  });

  it('a new row with no VAT takes its category’s defaults; with none to take it is that row’s error', async () => {
    const suffix = randomUUID().slice(0, 6);
    const db = getDb();
    await db.category.create({
      data: { locationId: demo.locationId, name: `Wraps ${suffix}`, vatRateBps: 2000, takeawayVatRateBps: 0 },
    });
    const refused = await importMenu(
      csvOf(`Wraps ${suffix},Falafel,,5.50,,,,,yes,`, `Bowls ${suffix},Poke,,8.00,,,,,yes,`),
    );
    expect(refused.ok && refused.data.errors).toEqual([
      { row: 3, column: 'vat_eat_in', message: 'A new item needs its eat-in VAT rate (its category has no default)' },
    ]);
    expect(await db.item.count({ where: { name: 'Falafel' } })).toBe(0);

    const applied = await importMenu(
      csvOf(`Wraps ${suffix},Falafel,,5.50,,,,,yes,`, `Wraps ${suffix},Halloumi,,5.75,5,,,,yes,`),
    );
    expect(applied.ok && applied.data).toMatchObject({ created: 2, errors: [] });
    const wraps = await db.item.findMany({
      where: { category: { name: `Wraps ${suffix}` } },
      orderBy: { name: 'asc' },
      select: { name: true, vatRateBps: true, takeawayVatRateBps: true },
    });
    expect(wraps).toEqual([
      { name: 'Falafel', vatRateBps: 2000, takeawayVatRateBps: 0 },
      { name: 'Halloumi', vatRateBps: 500, takeawayVatRateBps: 0 },
    ]);
  });

  it('applies nothing when one row among good ones is wrong, and says which row and column', async () => {
    const before = await footprint();
    const result = await importMenu(
      csvOf(
        'Coffee,Latte,,3.75,20,20,Bar,,yes,',
        'Smoothies,Berry blast,,4.95,20,0,Counter,,yes,',
        'Smoothies,Mango lassi,,4.5O,20,0,Counter,,yes,',
      ),
    );
    expect(result.ok && result.data).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      categoriesCreated: 0,
      errors: [{ row: 4, column: 'price', message: '"4.5O" is not a price; write pounds and pence like 3.40' }],
    });
    expect(await footprint()).toEqual(before);
  });

  it.each([
    [
      'an unknown station',
      'Coffee,Babyccino,,1.00,20,20,Patio bar,,yes,',
      'station',
      /No station is called "Patio bar"/,
    ],
    [
      'an unknown modifier group',
      'Coffee,Babyccino,,1.00,20,20,Bar,Milk|Sprinkles,yes,',
      'modifier_groups',
      /Sprinkles/,
    ],
    ['a bad price', 'Coffee,Babyccino,,1.0.0,20,20,Bar,,yes,', 'price', /not a price/],
    ['a comma in the price', 'Coffee,Babyccino,,£1,00,20,20,Bar,,yes,', null, /more cells/],
    ['a VAT rate the UK does not have', 'Coffee,Babyccino,,1.00,17.5,20,Bar,,yes,', 'vat_eat_in', /not a UK VAT rate/],
    ['a new item without a price', 'Coffee,Babyccino,,,20,20,Bar,,yes,', 'price', /needs a price/],
  ])('refuses %s, writing nothing', async (_, line, column, message) => {
    const before = await footprint();
    const result = await importMenu(csvOf('Coffee,Latte,,3.75,20,20,Bar,,yes,', line));
    expect(result.status).toBe(200);
    expect(result.ok && result.data.errors).toEqual([
      { row: 3, ...(column ? { column } : {}), message: expect.stringMatching(message) },
    ]);
    expect(await footprint()).toEqual(before);
  });

  it('dry run: counts what would change and writes nothing, even with an Idempotency-Key', async () => {
    const csv = csvOf('Coffee,Latte,,3.95,20,20,Bar,,yes,', 'Juices,Carrot zinger,,4.25,20,0,Counter,,yes,');
    const before = await footprint();
    const key = randomUUID();
    const preview = await importMenu(csv, { dryRun: true, idempotencyKey: key });
    expect(preview.ok && preview.data).toEqual({
      created: 1,
      updated: 1,
      unchanged: 0,
      categoriesCreated: 1,
      errors: [],
    });
    expect(await footprint()).toEqual(before);
    // The key stayed free: applying under it is a fresh request, and replays as one.
    const applied = await importMenu(csv, { idempotencyKey: key });
    expect(applied.ok && applied.data).toMatchObject({ created: 1, updated: 1 });
    const replay = await importMenu(csv, { idempotencyKey: key });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.ok && replay.data).toEqual(applied.ok && applied.data);
  });

  it('a refused file keeps its Idempotency-Key free, so the corrected request can use it', async () => {
    const key = randomUUID();
    const refused = await importMenu(csvOf('Coffee,Babyccino,,1.00,20,20,Patio,,yes,'), { idempotencyKey: key });
    expect(refused.ok && refused.data.errors).toHaveLength(1);
    expect(await getDb().idempotencyRecord.count({ where: { key } })).toBe(0);
    const fixed = await importMenu(csvOf('Coffee,Babyccino,,1.00,20,20,Bar,,yes,'), { idempotencyKey: key });
    expect(fixed.ok && fixed.data).toMatchObject({ created: 1, errors: [] });
  });

  it('refuses a file over 512 KB with a 422, and more than 2,000 rows row by row', async () => {
    const huge = await importMenu(csvOf(`Coffee,Latte,${'x'.repeat(MENU_CSV_MAX_CHARACTERS)},3.40,20,20,,,yes,`));
    expect(huge.status).toBe(422);
    expect(!huge.ok && huge.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'csv', message: expect.stringMatching(/larger than 512 KB/) }],
    });
    const lines = Array.from({ length: 2_001 }, (_, index) => `Soups,Soup ${index},,4.00,20,20,,,yes,`);
    const before = await footprint();
    const many = await importMenu(csvOf(...lines));
    expect(many.ok && many.data.errors).toEqual([{ row: 2_002, message: expect.stringMatching(/At most 2,000/) }]);
    expect(await footprint()).toEqual(before);
  });

  it('is for owners and managers: a cashier gets 403 and nothing changes', async () => {
    const before = await footprint();
    const result = await testApi({ cookie: await cashier() }).request('importMenu', {
      body: { csv: csvOf('Coffee,Latte,,9.99,20,20,Bar,,yes,') },
    });
    expect(result.status).toBe(403);
    expect(await footprint()).toEqual(before);
  });
});
