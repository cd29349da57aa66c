import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TStaffAudit, TStaffMember } from '@/lib/schemas/staff';
import type { Actor } from '../auth/actor';

/** A person at the actor's location as the staff use cases read them (the PIN hash stays here). */
export type StaffRow = {
  id: string;
  name: string;
  role: TStaffMember['role'];
  email: string | null;
  isActive: boolean;
  hasPin: boolean;
  lastSignInAt: Date | null;
  organisationId: string;
  sessionVersion: number;
};

/**
 * Someone who works at the actor's location, locked for the change about to be made to them. Only
 * an owner may change an owner; the use case decides what else the actor may do to them.
 */
export async function lockStaffMember(tx: DbOrTx, actor: Actor, userId: string): Promise<StaffRow> {
  const [member] = await tx.$queryRaw<StaffRow[]>`
    SELECT u."id"::text AS "id", u."name", m."role"::text AS "role", u."email", u."isActive",
           (m."pinHash" IS NOT NULL) AS "hasPin", u."lastSignInAt", u."organisationId"::text AS "organisationId",
           u."sessionVersion"
    FROM "User" u JOIN "Membership" m ON m."userId" = u."id" AND m."locationId" = ${actor.locationId}::uuid
    WHERE u."id" = ${userId}::uuid AND u."organisationId" = ${actor.organisationId}::uuid
    FOR UPDATE OF u, m`;
  if (!member) throw new AppError('NOT_FOUND', { message: 'Nobody with that id works here' });
  if (member.role === 'OWNER' && actor.role !== 'OWNER')
    throw new AppError('FORBIDDEN', { message: 'Only an owner can change an owner' });
  return member;
}

/** The person as the API shows them: whether they have a PIN, never the PIN or its hash. */
export function toStaffMember(member: StaffRow): TStaffMember {
  return {
    id: member.id,
    name: member.name,
    role: member.role,
    email: member.email,
    isActive: member.isActive,
    hasPin: member.hasPin,
    lastSignInAt: member.lastSignInAt ? member.lastSignInAt.toISOString() : null,
  };
}

/** The person as the audit log keeps them. */
export function toStaffAudit(member: Pick<StaffRow, 'name' | 'role' | 'email' | 'isActive' | 'hasPin'>): TStaffAudit {
  return {
    name: member.name,
    role: member.role,
    email: member.email,
    isActive: member.isActive,
    hasPin: member.hasPin,
  };
}
