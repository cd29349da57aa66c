// The office's staff screen, as pure helpers: the words for roles and states, the list's search
// and filters, and the PIN checks the form makes before it asks the server.
import type { StaffRole } from '@/lib/domain/staff-rules';

export const ROLE_LABELS: Record<StaffRole, string> = {
  OWNER: 'Owner',
  MANAGER: 'Manager',
  SUPERVISOR: 'Supervisor',
  CASHIER: 'Cashier',
  KITCHEN: 'Kitchen',
};

export type StaffFilter = { search: string; role: StaffRole | 'ALL'; status: 'ACTIVE' | 'INACTIVE' | 'ALL' };

type Listed = { name: string; email: string | null; role: StaffRole; isActive: boolean };

/** The people a search (name or email, any case) and the role and status filters leave. */
export function filterStaff<T extends Listed>(staff: readonly T[], { search, role, status }: StaffFilter): T[] {
  const words = search.trim().toLowerCase();
  return staff.filter(
    (member) =>
      (role === 'ALL' || member.role === role) &&
      (status === 'ALL' || member.isActive === (status === 'ACTIVE')) &&
      (!words || member.name.toLowerCase().includes(words) || (member.email ?? '').toLowerCase().includes(words)),
  );
}

/** What is wrong with a PIN and its confirmation, or null. */
export function pinProblem(pin: string, confirm: string): { field: 'pin' | 'confirm'; message: string } | null {
  if (!/^\d{4,6}$/.test(pin)) return { field: 'pin', message: 'A PIN is 4 to 6 digits' };
  if (pin !== confirm) return { field: 'confirm', message: 'The two PINs are not the same' };
  return null;
}
