// Who may add, change or switch off whom in the back office (issue 11). Pure: the use cases load
// the people and the count of active owners, and refuse with what this returns.

/** The staff roles, most to least powerful (as lib/schemas/permissions.ts lists them). */
export type StaffRole = 'OWNER' | 'MANAGER' | 'SUPERVISOR' | 'CASHIER' | 'KITCHEN';

const ALL_ROLES: readonly StaffRole[] = ['OWNER', 'MANAGER', 'SUPERVISOR', 'CASHIER', 'KITCHEN'];

/** The roles someone may give (on a new person or a change): an owner any, a manager all but owner. */
export function grantableRoles(actorRole: StaffRole): readonly StaffRole[] {
  if (actorRole === 'OWNER') return ALL_ROLES;
  if (actorRole === 'MANAGER') return ALL_ROLES.filter((role) => role !== 'OWNER');
  return [];
}

export type StaffRefusal = { code: 'FORBIDDEN' | 'CONFLICT'; message: string };

export type StaffChangeCheck = {
  actor: { id: string; role: StaffRole };
  /** The person changed; null when they are being added. */
  target: { id: string; name: string; role: StaffRole; isActive: boolean } | null;
  change: { role?: StaffRole; isActive?: boolean };
  /** Active owners at the location now, the target included (only read when the target is one). */
  activeOwners: number;
};

/**
 * Why this change may not be made, or null when it may. Only owners touch owners or make someone
 * an owner; nobody switches themselves off or changes their own role (a slip would lock them out);
 * and the last active owner stays an active owner, so a venue always has someone who can do all.
 */
export function staffChangeRefusal({ actor, target, change, activeOwners }: StaffChangeCheck): StaffRefusal | null {
  const grantable = grantableRoles(actor.role);
  if (grantable.length === 0) return { code: 'FORBIDDEN', message: 'Only owners and managers manage staff' };
  if (target?.role === 'OWNER' && actor.role !== 'OWNER')
    return { code: 'FORBIDDEN', message: 'Only an owner can change an owner' };
  if (change.role && change.role !== target?.role && !grantable.includes(change.role))
    return { code: 'FORBIDDEN', message: 'Only an owner can make someone an owner' };
  if (!target) return null;
  const demotes = change.role !== undefined && change.role !== target.role;
  const switchesOff = change.isActive === false && target.isActive;
  if (target.id === actor.id && switchesOff) return { code: 'CONFLICT', message: 'You cannot switch yourself off' };
  if (target.id === actor.id && demotes) return { code: 'CONFLICT', message: 'You cannot change your own role' };
  if (target.role === 'OWNER' && target.isActive && activeOwners <= 1 && (demotes || switchesOff))
    return {
      code: 'CONFLICT',
      message: `${target.name} is the only active owner here: make someone else an owner first`,
    };
  return null;
}
