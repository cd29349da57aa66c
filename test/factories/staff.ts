// Typed factories over the demo seed: the demo café's ids, and extra staff or devices per test.
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import type { TRole } from '@/lib/schemas/permissions';
import { hashPin } from '@/lib/server/auth/secrets';
import { DEMO, demoId } from '@/prisma/seed';

export const demo = {
  ...DEMO,
  organisationId: demoId('organisation'),
  locationId: demoId('location'),
  users: {
    owner: demoId('user:owner'),
    manager: demoId('user:manager'),
    supervisor: demoId('user:supervisor'),
    cashier: demoId('user:cashier'),
    kitchen: demoId('user:kitchen'),
  },
} as const;

/** The demo user who holds a role. */
export function demoUserFor(role: TRole): string {
  const key = {
    OWNER: 'owner',
    MANAGER: 'manager',
    SUPERVISOR: 'supervisor',
    CASHIER: 'cashier',
    KITCHEN: 'kitchen',
  } as const;
  return demo.users[key[role]];
}

export async function createStaff(
  db: DbOrTx,
  options: { role: TRole; pin?: string; name?: string; locationId?: string },
) {
  const locationId = options.locationId ?? demo.locationId;
  const user = await db.user.create({
    data: { organisationId: demo.organisationId, name: options.name ?? `Test ${options.role.toLowerCase()}` },
  });
  await db.membership.create({
    data: {
      userId: user.id,
      locationId,
      role: options.role,
      pinHash: options.pin ? await hashPin(options.pin, locationId) : null,
    },
  });
  return user;
}

export async function createDevice(db: DbOrTx, options: { kind?: 'TILL' | 'KITCHEN'; locationId?: string } = {}) {
  return db.device.create({
    data: {
      id: randomUUID(),
      locationId: options.locationId ?? demo.locationId,
      kind: options.kind ?? 'TILL',
      name: 'Test till',
      pairedById: demo.users.manager,
    },
  });
}

/** A second café in the same organisation, for cross-location isolation tests. */
export async function createOtherLocation(db: DbOrTx) {
  return db.location.create({
    data: { organisationId: demo.organisationId, slug: `other-${randomUUID().slice(0, 8)}`, name: 'Other Café' },
  });
}
