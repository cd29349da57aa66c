import { ROLE_LABELS } from '@/lib/client/staff-form';
import type { TStaffMember } from '@/lib/schemas/staff';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'Never';

export type StaffTableProps = {
  staff: TStaffMember[];
  /** Everyone at the location, before filters: says whether the filters or the venue are empty. */
  total: number;
  canEdit: (member: TStaffMember) => boolean;
  onEdit: (id: string) => void;
};

/** One row per person: name, role, status, PIN yes/no, email, last sign-in, and Edit. */
export function StaffTable({ staff, total, canEdit, onEdit }: StaffTableProps) {
  if (staff.length === 0)
    return (
      <Notice>
        {total === 0 ? 'Nobody works here yet. Add your first person.' : 'Nobody matches the search and filters.'}
      </Notice>
    );
  return (
    <table className="w-full overflow-hidden rounded-tile bg-surface-raised text-left">
      <thead className="border-b border-line text-sm text-ink-muted">
        <tr>
          <th className="p-3 font-semibold">Name</th>
          <th className="p-3 font-semibold">Role</th>
          <th className="p-3 font-semibold">Status</th>
          <th className="p-3 font-semibold">Till PIN</th>
          <th className="p-3 font-semibold">Email</th>
          <th className="p-3 font-semibold">Last sign-in</th>
          <th className="p-3">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {staff.map((member) => (
          <tr key={member.id} className="border-b border-line last:border-0">
            <td className="p-3 font-semibold text-ink">{member.name}</td>
            <td className="p-3 text-ink">{ROLE_LABELS[member.role]}</td>
            <td className="p-3">
              {member.isActive ? (
                <span className="font-semibold text-state-ready">Active</span>
              ) : (
                <span className="font-semibold text-state-void">Deactivated</span>
              )}
            </td>
            <td className="p-3 text-ink">{member.hasPin ? 'Yes' : <span className="text-warning">Not set</span>}</td>
            <td className="break-all p-3 text-ink">{member.email ?? <span className="text-ink-muted">—</span>}</td>
            <td className="p-3 text-ink">{when(member.lastSignInAt)}</td>
            <td className="p-3 text-right">
              {canEdit(member) ? (
                <Button variant="secondary" onClick={() => onEdit(member.id)} aria-label={`Edit ${member.name}`}>
                  Edit
                </Button>
              ) : (
                <span className="text-sm text-ink-muted">Owner only</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
