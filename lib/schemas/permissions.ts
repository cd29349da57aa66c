import { z } from 'zod';

/**
 * Everything a route or use case can require. Which roles hold which permission is decided in
 * one table, lib/server/permissions.ts; this list is shared so the API contract can name them.
 */
export const PERMISSIONS = [
  'menu:read',
  'menu:manage',
  /** Draw the floor plan: areas and tables. */
  'floor:manage',
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
  'devices:manage',
  'staff:manage',
  'settings:manage',
  'audit:read',
  /** May approve another person's action with their PIN (voids, discounts, refunds). */
  'approvals:grant',
] as const;

export const ZPermission = z.enum(PERMISSIONS);
export type TPermission = z.infer<typeof ZPermission>;

export const ROLES = ['OWNER', 'MANAGER', 'SUPERVISOR', 'CASHIER', 'KITCHEN'] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;
