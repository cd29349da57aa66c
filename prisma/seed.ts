// The demo café: what `npm start` serves on an empty database and what every test starts from.
// Deterministic: ids are derived from names, so tests and e2e can refer to them (demoId('item:Flat white')).
import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db';
import { hashPassword } from '@/lib/server/auth/password';
import { hashPin } from '@/lib/server/auth/secrets';

/** A stable UUID (v5 layout) for a seed record's name. */
export function demoId(name: string): string {
  const hex = createHash('sha1').update(`fynlo-demo:${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const DEMO = {
  slug: 'demo',
  locationName: 'Fynlo Demo Café',
  owner: { email: 'owner@fynlo.test', password: 'fynlo-demo-owner', name: 'Olivia Owner' },
  manager: { email: 'manager@fynlo.test', password: 'fynlo-demo-manager', pin: '1111', name: 'Morgan Manager' },
  cashier: { pin: '2222', name: 'Casey Cashier' },
  kitchen: { pin: '3333', name: 'Kit Kitchen' },
  supervisor: { pin: '4444', name: 'Sasha Supervisor' },
} as const;

const STANDARD = 2000;
const ZERO = 0;

type GroupSeed = { name: string; min: number; max: number; modifiers: [string, number][] };
const GROUPS: Record<string, GroupSeed> = {
  milk: {
    name: 'Milk',
    min: 1,
    max: 1,
    modifiers: [
      ['Whole milk', 0],
      ['Semi-skimmed', 0],
      ['Oat milk', 40],
      ['Soya milk', 40],
      ['Almond milk', 40],
      ['No milk', 0],
    ],
  },
  size: {
    name: 'Size',
    min: 1,
    max: 1,
    modifiers: [
      ['Regular', 0],
      ['Large', 50],
    ],
  },
  extras: {
    name: 'Extras',
    min: 0,
    max: 3,
    modifiers: [
      ['Extra shot', 60],
      ['Decaf', 0],
      ['Vanilla syrup', 50],
      ['Caramel syrup', 50],
      ['Hazelnut syrup', 50],
    ],
  },
  tea: {
    name: 'Tea',
    min: 1,
    max: 1,
    modifiers: [
      ['English breakfast', 0],
      ['Earl Grey', 0],
      ['Peppermint', 0],
      ['Green', 0],
      ['Chamomile', 0],
    ],
  },
  eggs: {
    name: 'Eggs',
    min: 1,
    max: 1,
    modifiers: [
      ['Fried', 0],
      ['Poached', 0],
      ['Scrambled', 0],
    ],
  },
  toast: {
    name: 'Toast',
    min: 1,
    max: 1,
    modifiers: [
      ['White', 0],
      ['Brown', 0],
      ['Sourdough', 50],
      ['Gluten-free', 100],
    ],
  },
  sides: {
    name: 'Add a side',
    min: 0,
    max: 3,
    modifiers: [
      ['Bacon', 150],
      ['Avocado', 200],
      ['Halloumi', 200],
      ['Mushrooms', 100],
      ['Hash brown', 120],
    ],
  },
  bread: {
    name: 'Bread',
    min: 1,
    max: 1,
    modifiers: [
      ['White', 0],
      ['Brown', 0],
      ['Gluten-free', 100],
    ],
  },
  // No "warmed" option: heated to order, cold bakery becomes hot food and standard-rated for takeaway.
  spread: {
    name: 'Butter & jam',
    min: 0,
    max: 1,
    modifiers: [
      ['Butter', 30],
      ['Jam & butter', 50],
    ],
  },
};

/** [name, price pence, takeaway VAT bps, station, modifier groups, description] — eat-in VAT is 20 % throughout. */
type ItemSeed = [string, number, number, 'Bar' | 'Kitchen' | 'Counter', (keyof typeof GROUPS)[], string?];
const MENU: { category: string; colour: string; items: ItemSeed[] }[] = [
  {
    category: 'Coffee',
    colour: 'amber',
    items: [
      ['Espresso', 260, STANDARD, 'Bar', ['extras']],
      ['Americano', 300, STANDARD, 'Bar', ['size', 'milk', 'extras']],
      ['Flat white', 340, STANDARD, 'Bar', ['milk', 'extras']],
      ['Latte', 350, STANDARD, 'Bar', ['size', 'milk', 'extras']],
      ['Cappuccino', 340, STANDARD, 'Bar', ['size', 'milk', 'extras']],
      ['Mocha', 380, STANDARD, 'Bar', ['size', 'milk', 'extras']],
      ['Cortado', 310, STANDARD, 'Bar', ['milk']],
    ],
  },
  {
    category: 'Tea & hot drinks',
    colour: 'emerald',
    items: [
      ['Pot of tea', 280, STANDARD, 'Bar', ['tea']],
      ['Chai latte', 360, STANDARD, 'Bar', ['size', 'milk']],
      ['Hot chocolate', 370, STANDARD, 'Bar', ['size', 'milk']],
      ['Matcha latte', 390, STANDARD, 'Bar', ['milk']],
    ],
  },
  {
    category: 'Cold drinks',
    colour: 'sky',
    items: [
      ['Iced latte', 380, STANDARD, 'Bar', ['milk', 'extras']],
      ['Fresh orange juice', 350, STANDARD, 'Bar', []],
      ['Sparkling water', 190, STANDARD, 'Counter', []],
      ['Elderflower pressé', 260, STANDARD, 'Counter', []],
      ['Cola', 220, STANDARD, 'Counter', []],
    ],
  },
  {
    category: 'Breakfast',
    colour: 'orange',
    items: [
      [
        'Full English',
        1150,
        STANDARD,
        'Kitchen',
        ['eggs', 'toast'],
        'Bacon, sausage, beans, mushrooms, tomato, eggs, toast',
      ],
      ['Eggs on toast', 650, STANDARD, 'Kitchen', ['eggs', 'toast', 'sides']],
      ['Smashed avocado', 895, STANDARD, 'Kitchen', ['toast', 'sides'], 'On sourdough with chilli and lime'],
      ['Bacon roll', 550, STANDARD, 'Kitchen', []],
      ['Porridge', 495, STANDARD, 'Kitchen', [], 'With honey and berries'],
      ['Granola bowl', 595, ZERO, 'Counter', [], 'Greek yoghurt, berries, honey'],
    ],
  },
  {
    category: 'Lunch',
    colour: 'rose',
    items: [
      ['Soup of the day', 650, STANDARD, 'Kitchen', [], 'With crusty bread'],
      ['Toasted cheese & ham', 720, STANDARD, 'Kitchen', ['bread']],
      ['Halloumi wrap', 850, STANDARD, 'Kitchen', []],
      ['Chicken Caesar salad', 995, ZERO, 'Counter', []],
      ['BLT sandwich', 675, ZERO, 'Counter', ['bread']],
      ['Egg mayo sandwich', 525, ZERO, 'Counter', ['bread']],
      ['Crisps', 150, STANDARD, 'Counter', []],
    ],
  },
  {
    category: 'Bakery & cakes',
    colour: 'violet',
    items: [
      ['Croissant', 280, ZERO, 'Counter', ['spread']],
      ['Pain au chocolat', 310, ZERO, 'Counter', ['spread']],
      ['Cinnamon bun', 350, ZERO, 'Counter', ['spread']],
      ['Banana bread', 325, ZERO, 'Counter', ['spread']],
      ['Carrot cake', 425, ZERO, 'Counter', []],
      ['Scone with jam & cream', 395, ZERO, 'Counter', []],
      ['Brownie', 325, ZERO, 'Counter', []],
    ],
  },
];

const STATIONS = ['Bar', 'Kitchen', 'Counter'] as const;
const AREAS = [
  { name: 'Inside', tables: ['1', '2', '3', '4', '5', '6', '7', '8'] },
  { name: 'Terrace', tables: ['9', '10', '11', '12'] },
];

/** Creates the demo organisation and café in one transaction. Call only on an empty database. */
export async function seedDemo(db: Db): Promise<void> {
  const organisationId = demoId('organisation');
  const locationId = demoId('location');
  const [ownerHash, managerHash] = await Promise.all([
    hashPassword(DEMO.owner.password),
    hashPassword(DEMO.manager.password),
  ]);
  await db.$transaction(async (tx) => {
    await tx.organisation.create({ data: { id: organisationId, name: 'Fynlo Demo Ltd' } });
    await tx.location.create({
      data: {
        id: locationId,
        organisationId,
        slug: DEMO.slug,
        name: DEMO.locationName,
        addressLine1: '1 Market Street',
        city: 'Bristol',
        postcode: 'BS1 1AA',
        phone: '0117 496 0000',
        vatNumber: 'GB 123 4567 89',
        receiptFooter: 'Thank you for visiting. This is a demo — nothing here is real.',
      },
    });
    const staff = [
      {
        key: 'owner',
        name: DEMO.owner.name,
        email: DEMO.owner.email,
        passwordHash: ownerHash,
        role: 'OWNER' as const,
        pin: null,
      },
      {
        key: 'manager',
        name: DEMO.manager.name,
        email: DEMO.manager.email,
        passwordHash: managerHash,
        role: 'MANAGER' as const,
        pin: DEMO.manager.pin,
      },
      {
        key: 'supervisor',
        name: DEMO.supervisor.name,
        email: null,
        passwordHash: null,
        role: 'SUPERVISOR' as const,
        pin: DEMO.supervisor.pin,
      },
      {
        key: 'cashier',
        name: DEMO.cashier.name,
        email: null,
        passwordHash: null,
        role: 'CASHIER' as const,
        pin: DEMO.cashier.pin,
      },
      {
        key: 'kitchen',
        name: DEMO.kitchen.name,
        email: null,
        passwordHash: null,
        role: 'KITCHEN' as const,
        pin: DEMO.kitchen.pin,
      },
    ];
    await tx.user.createMany({
      data: staff.map((s) => ({
        id: demoId(`user:${s.key}`),
        organisationId,
        name: s.name,
        email: s.email,
        passwordHash: s.passwordHash,
      })),
    });
    const pinHashes = await Promise.all(staff.map((s) => (s.pin ? hashPin(s.pin, locationId) : null)));
    await tx.membership.createMany({
      data: staff.map((s, index) => ({
        id: demoId(`membership:${s.key}`),
        userId: demoId(`user:${s.key}`),
        locationId,
        role: s.role,
        pinHash: pinHashes[index] ?? null,
      })),
    });
    await tx.station.createMany({
      data: STATIONS.map((name, index) => ({ id: demoId(`station:${name}`), locationId, name, sortOrder: index })),
    });
    await tx.modifierGroup.createMany({
      data: Object.entries(GROUPS).map(([key, group], index) => ({
        id: demoId(`group:${key}`),
        locationId,
        name: group.name,
        min: group.min,
        max: group.max,
        sortOrder: index,
      })),
    });
    await tx.modifier.createMany({
      data: Object.entries(GROUPS).flatMap(([key, group]) =>
        group.modifiers.map(([name, priceDeltaPence], index) => ({
          id: demoId(`modifier:${key}:${name}`),
          locationId,
          groupId: demoId(`group:${key}`),
          name,
          priceDeltaPence,
          sortOrder: index,
        })),
      ),
    });
    await tx.category.createMany({
      data: MENU.map((c, index) => ({
        id: demoId(`category:${c.category}`),
        locationId,
        name: c.category,
        colour: c.colour,
        sortOrder: index,
      })),
    });
    const items = MENU.flatMap((c) => c.items.map((item, index) => ({ category: c.category, item, index })));
    await tx.item.createMany({
      data: items.map(({ category, item: [name, pricePence, takeawayVatRateBps, station, , description], index }) => ({
        id: demoId(`item:${name}`),
        locationId,
        categoryId: demoId(`category:${category}`),
        name,
        description: description ?? '',
        pricePence,
        vatRateBps: STANDARD,
        takeawayVatRateBps,
        stationId: demoId(`station:${station}`),
        sortOrder: index,
      })),
    });
    await tx.itemModifierGroup.createMany({
      data: items.flatMap(({ item: [name, , , , groups] }) =>
        groups.map((group, index) => ({
          locationId,
          itemId: demoId(`item:${name}`),
          groupId: demoId(`group:${group}`),
          sortOrder: index,
        })),
      ),
    });
    for (const [areaIndex, area] of AREAS.entries()) {
      const areaId = demoId(`area:${area.name}`);
      await tx.area.create({ data: { id: areaId, locationId, name: area.name, sortOrder: areaIndex } });
      await tx.table.createMany({
        data: area.tables.map((name, index) => ({
          id: demoId(`table:${name}`),
          locationId,
          areaId,
          name,
          seats: index % 3 === 0 ? 4 : 2,
          x: index % 4,
          y: Math.floor(index / 4),
        })),
      });
    }
  });
}

/** True when the database has no organisation yet (a fresh install). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.organisation.count()) === 0;
}
