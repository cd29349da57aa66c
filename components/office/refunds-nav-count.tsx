'use client';

import { useRefundReview } from '@/lib/client/use-refund-review';

/** Beside "Refunds" in the navigation: how many payments wait to be sent back (nothing when none). */
export function RefundsNavCount({ enabled }: { enabled: boolean }) {
  const { data } = useRefundReview({ enabled });
  const count = data?.length ?? 0;
  if (count === 0) return null;
  return (
    <span className="tabular ml-auto flex min-w-7 items-center justify-center rounded-full bg-danger px-2 py-0.5 text-sm font-bold text-ink-inverse">
      <span aria-hidden>{count}</span>
      <span className="sr-only">({count} to send back)</span>
    </span>
  );
}
