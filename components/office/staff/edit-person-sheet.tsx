'use client';

import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { newId } from '@/lib/client/new-id';
import { ROLE_LABELS } from '@/lib/client/staff-form';
import { useSaveStaff } from '@/lib/client/use-staff';
import type { StaffRole } from '@/lib/domain/staff-rules';
import type { TStaffInvite, TStaffMember, TUpdateStaffBody } from '@/lib/schemas/staff';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Select } from '../../ui/select';
import { Sheet } from '../../ui/sheet';
import { InviteLink } from './invite-link';
import { ResetPin } from './reset-pin';

export type EditPersonSheetProps = {
  member: TStaffMember;
  /** The signed-in person themselves: no role change and no switching off. */
  isSelf: boolean;
  roles: readonly StaffRole[];
  onClose: () => void;
};

const failure = (caught: unknown) =>
  caught instanceof ApiError ? caught.message : 'That did not save. Check the connection and try again.';

/** Edit one person: name, role, email; reset their PIN; invite them again; switch them off or on. */
export function EditPersonSheet({ member, isSelf, roles, onClose }: EditPersonSheetProps) {
  const save = useSaveStaff();
  const [name, setName] = useState(member.name);
  const [role, setRole] = useState<StaffRole>(member.role);
  const [email, setEmail] = useState(member.email ?? '');
  const [confirmSwitch, setConfirmSwitch] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [invite, setInvite] = useState<TStaffInvite | null>(null);

  async function change(changes: TUpdateStaffBody, done: string) {
    setMessage(null);
    try {
      await save.run(() =>
        callApi('updateStaff', { params: { id: member.id }, body: changes, idempotencyKey: newId() }),
      );
      setMessage({ tone: 'success', text: done });
      return true;
    } catch (caught) {
      setMessage({ tone: 'error', text: failure(caught) });
      return false;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const changes: TUpdateStaffBody = {};
    if (name.trim() !== member.name) changes.name = name.trim();
    if (role !== member.role) changes.role = role;
    if ((email.trim() || null) !== member.email) changes.email = email.trim() || null;
    if (Object.keys(changes).length === 0) return setMessage({ tone: 'success', text: 'Nothing to save.' });
    const ends = changes.role ? ` ${member.name} will need to sign in again.` : '';
    await change(changes, `Saved.${ends}`);
  }

  async function makeTillPinCode() {
    setMessage(null);
    try {
      // No Idempotency-Key: a stored answer would keep the live code; a repeat only replaces it.
      const { tillPinCode } = await save.run(() => callApi('createTillPinCode', { params: { id: member.id } }));
      return tillPinCode;
    } catch (caught) {
      setMessage({ tone: 'error', text: failure(caught) });
      return null;
    }
  }

  async function sendInvite() {
    setMessage(null);
    try {
      const result = await save.run(() =>
        // No Idempotency-Key: a stored answer would keep the live link; a repeat only replaces it.
        callApi('inviteStaff', { params: { id: member.id } }),
      );
      setInvite(result.invite);
    } catch (caught) {
      setMessage({ tone: 'error', text: failure(caught) });
    }
  }

  return (
    <Sheet
      placement="side"
      title={member.name}
      subtitle={`${ROLE_LABELS[member.role]} · ${member.isActive ? 'Active' : 'Deactivated'}`}
      onClose={onClose}
      footer={
        <Button type="submit" form="edit-person" size="lg" busy={save.isPending} className="w-full">
          Save changes
        </Button>
      }
    >
      <div className="flex flex-col gap-6">
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
        <form id="edit-person" onSubmit={submit} className="flex flex-col gap-5" noValidate>
          <Field label="Name" value={name} onChange={(event) => setName(event.target.value)} maxLength={100} />
          <Select
            label="Role"
            value={role}
            disabled={isSelf}
            hint={isSelf ? 'You cannot change your own role' : 'A new role signs them out everywhere'}
            onChange={(event) => setRole(event.target.value as StaffRole)}
          >
            {(roles.includes(member.role) ? roles : [member.role, ...roles]).map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </Select>
          <Field
            label="Email (optional)"
            hint="For back-office sign-in; without one they use only their PIN"
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </form>

        <ResetPin
          name={member.name}
          hasPin={member.hasPin}
          isSelf={isSelf}
          busy={save.isPending}
          onSave={(pin) => change({ pin }, `New PIN saved. ${member.name} signs in with it from now on.`)}
          onMakeCode={makeTillPinCode}
        />

        {member.email && member.isActive ? (
          <section className="flex flex-col gap-3 border-t border-line pt-5">
            <h3 className="text-lg font-bold text-ink">Back-office invite</h3>
            {invite ? <InviteLink name={member.name} invite={invite} /> : null}
            <Button variant="secondary" onClick={() => void sendInvite()} busy={save.isPending}>
              Send a new invite
            </Button>
          </section>
        ) : null}

        {isSelf ? null : (
          <section className="flex flex-col gap-3 border-t border-line pt-5">
            <h3 className="text-lg font-bold text-ink">{member.isActive ? 'Deactivate' : 'Reactivate'}</h3>
            <p className="text-base text-ink-muted">
              {member.isActive
                ? 'They are signed out everywhere at once and cannot sign in. Their history is kept.'
                : 'They can sign in again with their PIN or password.'}
            </p>
            {confirmSwitch ? (
              <div className="flex gap-2">
                <Button
                  variant={member.isActive ? 'danger' : 'primary'}
                  busy={save.isPending}
                  onClick={() =>
                    void change(
                      { isActive: !member.isActive },
                      member.isActive ? `${member.name} is deactivated.` : `${member.name} can sign in again.`,
                    ).then(() => setConfirmSwitch(false))
                  }
                >
                  {member.isActive ? `Deactivate ${member.name}` : `Reactivate ${member.name}`}
                </Button>
                <Button variant="secondary" onClick={() => setConfirmSwitch(false)}>
                  Keep as is
                </Button>
              </div>
            ) : (
              <Button variant="secondary" onClick={() => setConfirmSwitch(true)}>
                {member.isActive ? 'Deactivate…' : 'Reactivate…'}
              </Button>
            )}
          </section>
        )}
      </div>
    </Sheet>
  );
}
