import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TStaffMember } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { type StaffRow, toStaffMember } from './lock-staff-member';

export type FindStaffOptions = { db: DbOrTx; actor: Actor };

/** Everyone with a role at the actor's location, active first, then by name. Never a PIN or hash. */
export async function findStaff({ db, actor }: FindStaffOptions): Promise<{ staff: TStaffMember[] }> {
  assertPermission(actor, 'staff:manage');
  const rows = await db.$queryRaw<StaffRow[]>`
    SELECT u."id"::text AS "id", u."name", m."role"::text AS "role", u."email", u."isActive",
           (m."pinHash" IS NOT NULL) AS "hasPin", u."lastSignInAt", u."organisationId"::text AS "organisationId",
           u."sessionVersion"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."locationId" = ${actor.locationId}::uuid AND u."organisationId" = ${actor.organisationId}::uuid
    ORDER BY u."isActive" DESC, lower(u."name"), u."id"`;
  return { staff: rows.map(toStaffMember) };
}
