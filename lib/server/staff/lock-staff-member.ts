import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TStaffMember } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';

/**
 * Someone who works at the actor's location, locked for the change about to be made to them. Only
 * an owner may change an owner, and nobody may switch themselves off.
 */
export async function lockStaffMember(
  tx: DbOrTx,
  actor: Actor,
  userId: string,
): Promise<TStaffMember & { organisationId: string; sessionVersion: number }> {
  const [member] = await tx.$queryRaw<
    {
      id: string;
      name: string;
      role: TStaffMember['role'];
      isActive: boolean;
      organisationId: string;
      sessionVersion: number;
    }[]
  >`
    SELECT u."id"::text AS "id", u."name", m."role"::text AS "role", u."isActive", u."organisationId"::text AS "organisationId",
           u."sessionVersion"
    FROM "User" u JOIN "Membership" m ON m."userId" = u."id" AND m."locationId" = ${actor.locationId}::uuid
    WHERE u."id" = ${userId}::uuid AND u."organisationId" = ${actor.organisationId}::uuid
    FOR UPDATE OF u`;
  if (!member) throw new AppError('NOT_FOUND', { message: 'Nobody with that id works here' });
  if (member.id === actor.userId) throw new AppError('CONFLICT', { message: 'You cannot switch yourself off' });
  if (member.role === 'OWNER' && actor.role !== 'OWNER')
    throw new AppError('FORBIDDEN', { message: 'Only an owner can change an owner' });
  return member;
}

export function toStaffMember(member: TStaffMember): TStaffMember {
  return { id: member.id, name: member.name, role: member.role, isActive: member.isActive };
}
