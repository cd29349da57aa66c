import type { Metadata } from 'next';
import { FloorEditor } from '@/components/office/floor/floor-editor';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { requireOfficeSession } from '../require-office-session';

export const metadata: Metadata = { title: 'Floor plan' };

export default async function FloorPage() {
  const { actor, allowed, shell } = await requireOfficeSession('/office/floor', 'floor:manage');
  return (
    <OfficeShell {...shell} title="Floor plan">
      {allowed ? <FloorEditor /> : <NotAllowed role={actor.role} />}
    </OfficeShell>
  );
}
