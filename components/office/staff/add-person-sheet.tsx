'use client';

import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { newId } from '@/lib/client/new-id';
import { pinProblem, ROLE_LABELS } from '@/lib/client/staff-form';
import { useSaveStaff } from '@/lib/client/use-staff';
import type { StaffRole } from '@/lib/domain/staff-rules';
import type { TStaffInvite, TTillPinCode } from '@/lib/schemas/staff';
import { Button } from '../../ui/button';
import { ChoiceButton } from '../../ui/choice-button';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Select } from '../../ui/select';
import { Sheet } from '../../ui/sheet';
import { InviteLink } from './invite-link';
import { PinFields } from './pin-fields';
import { TillPinCodeNotice } from './till-pin-code-notice';

/**
 * "Add person": name, a role the actor may give, an optional email (an invite), and a PIN now or a
 * one-time code with which they choose it on a till.
 */
export function AddPersonSheet({ roles, onClose }: { roles: readonly StaffRole[]; onClose: () => void }) {
  const save = useSaveStaff();
  // One key per form: a retried tap after a lost answer adds the person once.
  const [idempotencyKey] = useState(newId);
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>(roles.includes('CASHIER') ? 'CASHIER' : roles[0]!);
  const [email, setEmail] = useState('');
  const [pinNow, setPinNow] = useState(true);
  const [pins, setPins] = useState({ pin: '', confirm: '' });
  const [problem, setProblem] = useState<ReturnType<typeof pinProblem>>(null);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<{
    name: string;
    invite: TStaffInvite | null;
    tillPinCode: TTillPinCode | null;
    /** Added, but making their till code failed: they can make one from Edit. */
    codeFailed?: boolean;
  } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const pinCheck = pinNow ? pinProblem(pins.pin, pins.confirm) : null;
    setProblem(pinCheck);
    if (!name.trim()) return setError('Give their name.');
    if (pinCheck) return;
    try {
      const result = await save.run(() =>
        callApi('createStaff', {
          body: { name: name.trim(), role, email: email.trim() || null, pin: pinNow ? pins.pin : null },
          // With an email the answer carries a live invite link, which a stored answer would keep in
          // the database for 30 days; the email's uniqueness already stops a second person.
          idempotencyKey: email.trim() ? undefined : idempotencyKey,
        }),
      );
      let tillPinCode: TTillPinCode | null = null;
      let codeFailed = false;
      if (!pinNow) {
        try {
          // No Idempotency-Key: a stored answer would keep the live code; a repeat only replaces it.
          ({ tillPinCode } = await callApi('createTillPinCode', { params: { id: result.member.id } }));
        } catch {
          codeFailed = true;
        }
      }
      if (!result.invite && !tillPinCode && !codeFailed) return onClose();
      setAdded({ name: result.member.name, invite: result.invite ?? null, tillPinCode, codeFailed });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not add them. Check the connection and try again.');
    }
  }

  if (added)
    return (
      <Sheet
        placement="side"
        title={`${added.name} added`}
        onClose={onClose}
        footer={<Button onClick={onClose}>Done</Button>}
      >
        <div className="flex flex-col gap-5">
          {added.tillPinCode ? <TillPinCodeNotice name={added.name} tillPinCode={added.tillPinCode} /> : null}
          {added.codeFailed ? (
            <Notice tone="warning">
              {added.name} is added, but their till code could not be made. Open them in the list and choose “Make a
              till code”.
            </Notice>
          ) : null}
          {added.invite ? <InviteLink name={added.name} invite={added.invite} /> : null}
        </div>
      </Sheet>
    );

  return (
    <Sheet
      placement="side"
      title="Add person"
      subtitle="They can sign in on a paired till with their PIN"
      onClose={onClose}
      footer={
        <Button type="submit" form="add-person" size="lg" busy={save.isPending} className="w-full">
          Add person
        </Button>
      }
    >
      <form id="add-person" onSubmit={submit} className="flex flex-col gap-5" noValidate>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <Field label="Name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={100} />
        <Select label="Role" value={role} onChange={(event) => setRole(event.target.value as StaffRole)}>
          {roles.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </Select>
        <Field
          label="Email (optional)"
          hint="For back-office access: they get an invite to choose their password"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <fieldset className="flex flex-col gap-3">
          <legend className="pb-1.5 text-sm font-semibold text-ink">Till PIN</legend>
          <div role="radiogroup" aria-label="Till PIN" className="grid grid-cols-2 gap-2">
            <ChoiceButton kind="radio" selected={pinNow} onSelect={() => setPinNow(true)}>
              Set a PIN now
            </ChoiceButton>
            <ChoiceButton kind="radio" selected={!pinNow} onSelect={() => setPinNow(false)}>
              They choose it on the till
            </ChoiceButton>
          </div>
          {pinNow ? (
            <PinFields pin={pins.pin} confirm={pins.confirm} onChange={setPins} error={problem} />
          ) : (
            <Notice tone="info">
              You get a one-time code for them. On a paired till they type it and choose their own PIN, which nobody
              else sees.
            </Notice>
          )}
        </fieldset>
      </form>
    </Sheet>
  );
}
