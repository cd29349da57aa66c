'use client';

import { formatTillPinCode } from '@/lib/domain/till-pin-code';
import type { TTillPinCode } from '@/lib/schemas/staff';
import { Notice } from '../../ui/notice';

const until = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });

/** The code a person types on a till to choose their own PIN: large, in two groups, with how. */
export function TillPinCodeNotice({ name, tillPinCode }: { name: string; tillPinCode: TTillPinCode }) {
  return (
    <Notice tone="info" className="flex flex-col gap-3">
      <span>Give {name} this code. On any paired till they tap “New here? Choose your PIN” and type it.</span>
      <output
        aria-label={`Till code for ${name}: ${tillPinCode.code.split('').join(' ')}`}
        className="rounded-tile bg-surface-raised px-4 py-3 text-center font-mono text-4xl font-bold tracking-widest text-ink"
      >
        {formatTillPinCode(tillPinCode.code)}
      </output>
      <span className="text-sm">
        It works once, until {until(tillPinCode.expiresAt)}. It is not shown again: make a new one if it is lost.
      </span>
    </Notice>
  );
}
