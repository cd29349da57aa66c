import type { Metadata } from 'next';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { StaffManager } from '@/components/office/staff/staff-manager';
import { requireOfficeSession } from '../require-office-session';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const { actor, allowed, shell } = await requireOfficeSession('/office/staff', 'staff:manage');
  return (
    <OfficeShell {...shell} title="Staff">
      {allowed ? <StaffManager actor={{ userId: actor.userId, role: actor.role }} /> : <NotAllowed role={actor.role} />}
    </OfficeShell>
  );
}
