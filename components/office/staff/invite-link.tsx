'use client';

import { useState } from 'react';
import type { TStaffInvite } from '@/lib/schemas/staff';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';

const until = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' });

/** Where an invite went: "emailed", or the link to hand over (mail is not set up here). */
export function InviteLink({ name, invite }: { name: string; invite: TStaffInvite }) {
  const [copied, setCopied] = useState(false);
  if (invite.emailed || !invite.url)
    return (
      <Notice tone="success">
        {name} has been emailed an invite to choose their password (valid until {until(invite.expiresAt)}).
      </Notice>
    );
  const url = invite.url;
  return (
    <Notice tone="info" className="flex flex-col gap-3">
      <span>
        Email is not set up here, so send {name} this link yourself. It works once, until {until(invite.expiresAt)}.
      </span>
      <input
        readOnly
        aria-label={`Invite link for ${name}`}
        value={url}
        onFocus={(event) => event.currentTarget.select()}
        className="min-h-11 w-full rounded-tile border border-line bg-surface-raised px-3 text-base text-ink"
      />
      <Button
        variant="secondary"
        onClick={() =>
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy link'}
      </Button>
    </Notice>
  );
}
