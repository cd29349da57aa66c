'use client';

import { Plus } from 'lucide-react';
import { useState } from 'react';
import { filterStaff, ROLE_LABELS, type StaffFilter } from '@/lib/client/staff-form';
import { useStaff } from '@/lib/client/use-staff';
import { grantableRoles, type StaffRole } from '@/lib/domain/staff-rules';
import type { TStaffMember } from '@/lib/schemas/staff';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Select } from '../../ui/select';
import { Skeleton, SkeletonGroup } from '../../ui/skeleton';
import { AddPersonSheet } from './add-person-sheet';
import { EditPersonSheet } from './edit-person-sheet';
import { StaffTable } from './staff-table';

export type StaffActor = { userId: string; role: StaffRole };

/** The office's staff list: search and filters, the table, and the add and edit side panels. */
export function StaffManager({ actor }: { actor: StaffActor }) {
  const staff = useStaff();
  const [filter, setFilter] = useState<StaffFilter>({ search: '', role: 'ALL', status: 'ACTIVE' });
  const [panel, setPanel] = useState<{ kind: 'add' } | { kind: 'edit'; id: string } | null>(null);

  if (staff.isError)
    return <Notice tone="error">The staff list could not be loaded. Reload the page to try again.</Notice>;
  if (!staff.data)
    return (
      <SkeletonGroup label="Loading staff">
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-64 w-full" />
      </SkeletonGroup>
    );
  const shown = filterStaff(staff.data.staff, filter);
  const editing: TStaffMember | undefined =
    panel?.kind === 'edit' ? staff.data.staff.find((member) => member.id === panel.id) : undefined;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-4">
        <Field
          label="Search"
          type="search"
          placeholder="Name or email"
          value={filter.search}
          onChange={(event) => setFilter({ ...filter, search: event.target.value })}
          className="min-w-64 flex-1"
        />
        <Select
          label="Role"
          value={filter.role}
          onChange={(event) => setFilter({ ...filter, role: event.target.value as StaffFilter['role'] })}
          className="w-48"
        >
          <option value="ALL">All roles</option>
          {Object.entries(ROLE_LABELS).map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </Select>
        <Select
          label="Status"
          value={filter.status}
          onChange={(event) => setFilter({ ...filter, status: event.target.value as StaffFilter['status'] })}
          className="w-48"
        >
          <option value="ACTIVE">Active</option>
          <option value="INACTIVE">Deactivated</option>
          <option value="ALL">Everyone</option>
        </Select>
        <Button size="lg" onClick={() => setPanel({ kind: 'add' })}>
          <Plus aria-hidden className="size-5" /> Add person
        </Button>
      </div>
      <StaffTable
        staff={shown}
        total={staff.data.staff.length}
        canEdit={(member) => actor.role === 'OWNER' || member.role !== 'OWNER'}
        onEdit={(id) => setPanel({ kind: 'edit', id })}
      />
      {panel?.kind === 'add' ? (
        <AddPersonSheet roles={grantableRoles(actor.role)} onClose={() => setPanel(null)} />
      ) : null}
      {editing ? (
        <EditPersonSheet
          key={editing.id}
          member={editing}
          isSelf={editing.id === actor.userId}
          roles={grantableRoles(actor.role)}
          onClose={() => setPanel(null)}
        />
      ) : null}
    </div>
  );
}
