// The demo café: what `npm start` serves on an empty database and what every test starts from.
// Its menu is the sample café menu (lib/server/setup/sample-menu-data.ts) a new venue may start from.
// Deterministic: ids are derived from names, so tests and e2e can refer to them (demoId('item:Flat white')).
import type { Db } from '@/lib/db';
import { hashPassword } from '@/lib/server/auth/password';
import { hashPin } from '@/lib/server/auth/secrets';
import { createSampleMenu, stableId } from '@/lib/server/setup/create-sample-menu';

/** A stable UUID (v5 layout) for a seed record's name. */
export function demoId(name: string): string {
  return stableId('fynlo-demo', name);
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
    await createSampleMenu(tx, { locationId, idFor: demoId });
  });
}

/** True when the database has no organisation yet (a fresh install). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.organisation.count()) === 0;
}
