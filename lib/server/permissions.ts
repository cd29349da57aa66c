import 'server-only';
import { AppError } from '@/lib/errors';
import type { Access } from '@/lib/schemas/api';
import { PERMISSIONS, type TPermission, type TRole } from '@/lib/schemas/permissions';

const everything = PERMISSIONS;

/**
 * The one table of who may do what. Routes declare the permission they need (lib/schemas/api.ts)
 * and use cases check it again; the permission test walks every route against this table.
 */
export const ROLE_PERMISSIONS: Record<TRole, readonly TPermission[]> = {
  OWNER: everything,
  MANAGER: everything,
  SUPERVISOR: [
    'menu:read',
    'orders:read',
    'orders:write',
    'orders:void',
    'orders:discount',
    'payments:take',
    'payments:refund',
    'cash:manage',
    'kitchen:read',
    'kitchen:bump',
    'reports:read',
    'approvals:grant',
  ],
  CASHIER: ['menu:read', 'orders:read', 'orders:write', 'payments:take', 'cash:manage', 'kitchen:read'],
  KITCHEN: ['menu:read', 'orders:read', 'kitchen:read', 'kitchen:bump'],
};

export function permissionsOf(role: TRole): readonly TPermission[] {
  return ROLE_PERMISSIONS[role];
}

export function hasPermission(role: TRole, permission: TPermission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Whether a role may call an endpoint with this access rule (signed-in callers only). */
export function canAccess(role: TRole, access: Access): boolean {
  return access === 'public' || access === 'session' || hasPermission(role, access);
}

/** Throws FORBIDDEN unless the actor's role holds the permission. Use cases call it themselves. */
export function assertPermission(actor: { role: TRole }, permission: TPermission): void {
  if (!hasPermission(actor.role, permission)) {
    throw new AppError('FORBIDDEN', {
      message: `Your role (${actor.role.toLowerCase()}) cannot do this`,
      details: { permission },
    });
  }
}
