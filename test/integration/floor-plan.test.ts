// A manager draws the café's floor in the back office: areas as tabs, tables on a grid. The
// till's Tables view reads the same layout, so every change reaches it (an outbox event).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { CallOptions } from '@/lib/client/call-api';
import { testApi } from '../api-client';
import { menu } from '../factories/orders';
import { createOtherLocation, createStaff, demo } from '../factories/staff';
import { sessionCookie } from '../http';

const manager = async () =>
  testApi({ cookie: await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId }) });
const cashier = async () =>
  testApi({ cookie: await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId }) });

/** A fresh area, so each test draws on an empty grid. */
async function newArea(name = `Room ${randomUUID().slice(0, 8)}`) {
  return (await (await manager()).call('createArea', { body: { name } })).area;
}

async function newTable(areaId: string, fields: Partial<CallOptions<'createTable'>['body']> = {}) {
  const api = await manager();
  return (
    await api.call('createTable', {
      body: { areaId, name: `T${randomUUID().slice(0, 6)}`, seats: 4, x: 0, y: 0, ...fields },
    })
  ).table;
}

async function tillFloor() {
  return (await cashier()).call('tables', {});
}

describe('floor plan', () => {
  it('adds an area and tables that the till draws where they were put, round or square', async () => {
    const api = await manager();
    const created = await api.request('createArea', { body: { name: 'Garden' } });
    expect(created.status).toBe(201);
    const area = created.ok ? created.data.area : null;
    expect(area).toMatchObject({ name: 'Garden', tableCount: 0 });
    const round = await api.request('createTable', {
      body: { areaId: area!.id, name: '21', seats: 6, x: 2, y: 1, shape: 'ROUND', width: 2, height: 2 },
    });
    expect(round.status).toBe(201);
    const square = await newTable(area!.id, { name: '22', seats: 2, x: 5, y: 0 });
    expect(square.shape).toBe('SQUARE');

    const floor = await tillFloor();
    const garden = floor.areas.find((candidate) => candidate.id === area!.id);
    expect(garden?.tables).toEqual([
      { id: square.id, name: '22', seats: 2, x: 5, y: 0, width: 1, height: 1, shape: 'SQUARE' },
      {
        id: round.ok ? round.data.table.id : '',
        name: '21',
        seats: 6,
        x: 2,
        y: 1,
        width: 2,
        height: 2,
        shape: 'ROUND',
      },
    ]);
    // A new area is the last tab.
    expect(floor.areas.at(-1)?.id).toBe(area!.id);
    const areas = await (await cashier()).call('listAreas', {});
    expect(areas.areas.find((candidate) => candidate.id === area!.id)?.tableCount).toBe(2);
  });

  it('moves a table, audits it and tells every till to redraw', async () => {
    const area = await newArea();
    const table = await newTable(area.id, { x: 1, y: 1 });
    const db = getDb();
    const seqBefore = (await db.outboxEvent.aggregate({ _max: { seq: true } }))._max.seq ?? BigInt(0);
    const moved = await (
      await manager()
    ).call('updateTable', {
      params: { id: table.id },
      body: { x: 7, y: 3, shape: 'ROUND', seats: 5 },
    });
    expect(moved.table).toMatchObject({ id: table.id, x: 7, y: 3, shape: 'ROUND', seats: 5, areaId: area.id });
    const drawn = (await tillFloor()).areas.find((a) => a.id === area.id)?.tables[0];
    expect(drawn).toMatchObject({ x: 7, y: 3, shape: 'ROUND', seats: 5 });
    const events = await db.outboxEvent.findMany({ where: { seq: { gt: seqBefore } } });
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      ['floor.updated', { entityType: 'Table', entityId: table.id, action: 'floor.table_changed' }],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: table.id, action: 'floor.table_changed' } });
    expect(audit.before).toMatchObject({ x: 1, y: 1, shape: 'SQUARE' });
    expect(audit.after).toMatchObject({ x: 7, y: 3, shape: 'ROUND' });
  });

  it('moves a table to another area, and renames and reorders areas', async () => {
    const [from, to] = [await newArea(), await newArea()];
    const table = await newTable(from.id);
    const api = await manager();
    await api.call('updateTable', { params: { id: table.id }, body: { areaId: to.id, x: 4, y: 4 } });
    const floor = await tillFloor();
    expect(floor.areas.find((a) => a.id === from.id)?.tables).toEqual([]);
    expect(floor.areas.find((a) => a.id === to.id)?.tables.map((t) => t.id)).toEqual([table.id]);

    const renamed = await api.call('updateArea', { params: { id: to.id }, body: { name: 'Upstairs', sortOrder: 0 } });
    expect(renamed.area).toMatchObject({ name: 'Upstairs', sortOrder: 0, tableCount: 1 });
  });

  it.each([
    { what: 'x beyond the grid', body: { x: 12 }, field: 'x', message: /0 to 11/ },
    { what: 'y beyond the grid', body: { y: 8 }, field: 'y', message: /0 to 7/ },
    { what: 'negative x', body: { x: -1 }, field: 'x', message: /0 to 11/ },
    { what: 'too wide for its spot', body: { x: 10, width: 3 }, field: 'x', message: /0 to 9 for a table 3 wide/ },
    { what: 'too deep for its spot', body: { y: 7, height: 2 }, field: 'y', message: /0 to 6 for a table 2 deep/ },
    { what: 'no seats', body: { seats: 0 }, field: 'seats', message: /1 to 30/ },
    { what: '31 seats', body: { seats: 31 }, field: 'seats', message: /1 to 30/ },
    { what: 'a blank name', body: { name: '   ' }, field: 'name', message: /name/ },
    { what: 'an unknown shape', body: { shape: 'OVAL' }, field: 'shape', message: /./ },
  ])('refuses $what with a 422 that says the bounds, and saves nothing', async ({ body, field, message }) => {
    const area = await newArea();
    const result = await (
      await manager()
    ).request('createTable', {
      body: { areaId: area.id, name: 'X1', seats: 2, x: 0, y: 0, ...body } as CallOptions<'createTable'>['body'],
    });
    expect(result.status).toBe(422);
    const details = (result.ok ? [] : result.error.details) as { path: string | string[]; message: string }[];
    const problem = details.find((detail) => [detail.path].flat().join('.') === field);
    expect(problem?.message ?? (result.ok ? '' : result.error.message)).toMatch(message);
    expect(await getDb().table.count({ where: { areaId: area.id } })).toBe(0);
  });

  it('refuses a move off the grid or onto another table, and the table stays put', async () => {
    const area = await newArea();
    const table = await newTable(area.id, { x: 0, y: 0, width: 2 });
    const other = await newTable(area.id, { name: `W${randomUUID().slice(0, 5)}`, x: 5, y: 5 });
    const api = await manager();
    const offGrid = await api.request('updateTable', { params: { id: table.id }, body: { x: 11 } });
    expect(offGrid.status).toBe(422);
    expect(offGrid.ok ? '' : offGrid.error.message).toBe(
      'The floor is 12 columns wide: x must be 0 to 10 for a table 2 wide',
    );
    const onto = await api.request('updateTable', { params: { id: table.id }, body: { x: 4, y: 5 } });
    expect(onto.status).toBe(409);
    expect(onto.ok ? '' : onto.error.message).toBe(`${other.name} is already there. Pick a free spot.`);
    const drawn = (await tillFloor()).areas.find((a) => a.id === area.id)?.tables.find((t) => t.id === table.id);
    expect(drawn).toMatchObject({ x: 0, y: 0 });
  });

  it('refuses a second table or area with the same name (409)', async () => {
    const area = await newArea();
    const api = await manager();
    const taken = await api.request('createTable', { body: { areaId: area.id, name: '5', seats: 2, x: 3, y: 3 } });
    expect(taken.status).toBe(409);
    expect(taken.ok ? '' : taken.error.message).toBe('There is already a table called 5');
    const table = await newTable(area.id);
    const rename = await api.request('updateTable', { params: { id: table.id }, body: { name: '5' } });
    expect(rename.status).toBe(409);
    const again = await api.request('createArea', { body: { name: area.name } });
    expect(again.status).toBe(409);
    expect(again.ok ? '' : again.error.message).toBe(`There is already an area called ${area.name}`);
  });

  it('will not remove a table with an open order; once it is finished the table goes but its history stays', async () => {
    const api = await manager();
    const order = await api.call('createOrder', {
      body: { type: 'DINE_IN', tableId: menu.table5, lines: [{ itemId: menu.crisps, quantity: 1 }] },
      idempotencyKey: randomUUID(),
    });
    const refused = await api.request('deleteTable', { params: { id: menu.table5 } });
    expect(refused.status).toBe(409);
    expect(refused.ok ? '' : refused.error.message).toBe(
      `Table 5 has an open order (#${order.order.number}) — close or move it first`,
    );
    expect((await tillFloor()).areas.flatMap((a) => a.tables).map((t) => t.id)).toContain(menu.table5);

    await api.call('voidOrder', { params: { id: order.order.id }, body: { reason: 'Walked out' } });
    const removed = await api.request('deleteTable', { params: { id: menu.table5 } });
    expect(removed.status).toBe(200);
    expect((await tillFloor()).areas.flatMap((a) => a.tables).map((t) => t.id)).not.toContain(menu.table5);
    // The old order still names its table.
    expect((await api.call('getOrder', { params: { id: order.order.id } })).order.tableName).toBe('5');
    // No new order can be rung up at a removed table.
    const atRemoved = await api.request('createOrder', {
      body: { type: 'DINE_IN', tableId: menu.table5, lines: [] },
      idempotencyKey: randomUUID(),
    });
    expect(atRemoved.status).toBe(422);
    expect((await api.request('deleteTable', { params: { id: menu.table5 } })).status).toBe(404);

    // Adding a table called 5 again brings the same table back, with its history.
    const area = await newArea();
    const back = await api.call('createTable', { body: { areaId: area.id, name: '5', seats: 2, x: 1, y: 1 } });
    expect(back.table.id).toBe(menu.table5);
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { entityId: menu.table5, action: 'floor.table_created' },
    });
    expect(audit.after).toMatchObject({ restored: true, areaId: area.id });
  });

  it('will not remove an area that still has tables; an empty one goes', async () => {
    const area = await newArea('Conservatory');
    const table = await newTable(area.id);
    const api = await manager();
    const refused = await api.request('deleteArea', { params: { id: area.id } });
    expect(refused.status).toBe(409);
    expect(refused.ok ? '' : refused.error.message).toBe('Conservatory still has 1 table: move or remove it first');
    await api.call('deleteTable', { params: { id: table.id } });
    const removed = await api.request('deleteArea', { params: { id: area.id } });
    expect(removed.status).toBe(200);
    expect((await tillFloor()).areas.map((a) => a.id)).not.toContain(area.id);
    expect(await getDb().auditLog.count({ where: { entityId: area.id, action: 'floor.area_removed' } })).toBe(1);
  });

  it('a cashier sees the floor but cannot change it (403), and nothing changes', async () => {
    const area = await newArea();
    const table = await newTable(area.id);
    const api = await cashier();
    const attempts = [
      api.request('createArea', { body: { name: 'Nope' } }),
      api.request('updateArea', { params: { id: area.id }, body: { name: 'Nope' } }),
      api.request('deleteArea', { params: { id: area.id } }),
      api.request('createTable', { body: { areaId: area.id, name: 'Nope', seats: 2, x: 4, y: 4 } }),
      api.request('updateTable', { params: { id: table.id }, body: { x: 9 } }),
      api.request('deleteTable', { params: { id: table.id } }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.status).toBe(403);
      expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    }
    expect((await api.request('listAreas', {})).status).toBe(200);
    expect((await tillFloor()).areas.find((a) => a.id === area.id)?.tables).toMatchObject([{ id: table.id, x: 0 }]);
  });

  it("another location's areas and tables are 404, as if they did not exist", async () => {
    const db = getDb();
    const other = await createOtherLocation(db);
    const outsider = await createStaff(db, { role: 'MANAGER', locationId: other.id });
    const api = testApi({ cookie: await sessionCookie({ userId: outsider.id, locationId: other.id }) });
    const area = await newArea();
    const table = await newTable(area.id);
    const results = await Promise.all([
      api.request('createTable', { body: { areaId: area.id, name: 'Spy', seats: 2, x: 5, y: 5 } }),
      api.request('updateTable', { params: { id: table.id }, body: { x: 9 } }),
      api.request('deleteTable', { params: { id: table.id } }),
      api.request('updateArea', { params: { id: area.id }, body: { name: 'Mine' } }),
      api.request('deleteArea', { params: { id: area.id } }),
    ]);
    expect(results.map((result) => result.status)).toEqual([404, 404, 404, 404, 404]);
    // Moving one of our own tables onto their area is a 404 too.
    const ownArea = await api.call('createArea', { body: { name: 'Theirs' } });
    const own = await api.call('createTable', { body: { areaId: ownArea.area.id, name: '1', seats: 2, x: 0, y: 0 } });
    const across = await api.request('updateTable', { params: { id: own.table.id }, body: { areaId: area.id } });
    expect(across.status).toBe(404);
    expect((await api.call('tables', {})).areas.map((a) => a.id)).toEqual([ownArea.area.id]);
  });
});
