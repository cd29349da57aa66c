import Link from 'next/link';
import { Notice } from '../ui/notice';

const WORDS = {
  used: 'This link has been used already.',
  expired: 'This link has expired.',
  unknown: 'This link is not valid.',
} as const;

/** Why an invite or reset link no longer opens anything, and what to do instead. */
export function AccountLinkProblem({ kind, status }: { kind: 'invite' | 'reset'; status: keyof typeof WORDS }) {
  return (
    <div className="flex flex-col gap-5">
      <Notice tone="error">
        {WORDS[status]} {kind === 'invite' ? 'Ask your manager to send you a new invite.' : 'Ask for a new one below.'}
      </Notice>
      <Link
        href={kind === 'invite' ? '/login' : '/forgot-password'}
        className="text-base font-semibold text-brand underline"
      >
        {kind === 'invite' ? 'Go to sign in' : 'Send me a new link'}
      </Link>
    </div>
  );
}
