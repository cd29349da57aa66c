'use client';

import { ArrowLeft, ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { approvalState } from '@/lib/client/approval-state';
import { Button } from './button';
import { PinPad } from './pin-pad';
import { Sheet, type SheetProps } from './sheet';

/** The request that may need a manager: its error says when, its variables whether a PIN went with it. */
type ApprovableRequest = Parameters<typeof approvalState>[0] & { reset?: () => void };

export type ApprovalSheetProps = Omit<SheetProps, 'footer'> & {
  request: ApprovableRequest;
  /** What the manager approves, shown above the pad: "Void 1 × Flat white · Customer changed mind". */
  summary: string;
  /** Sends the same change again with the manager's PIN. */
  onPin: (pin: string) => void;
  /** The form's one action ("Refund £4.20"); hidden while the pad is up. */
  footer: ReactNode;
};

/**
 * A sheet whose change may need a manager (discount, void line, void order, refund, drawer count):
 * the form, and when the server answers that approval is needed, the manager's PIN pad in its
 * place (ui.md: inline, not a new page), with what is being approved, why, and a way back to the
 * form. Each sheet keeps its own form and request; this keeps the wiring in one place.
 */
export function ApprovalSheet({ request, summary, onPin, footer, children, ...sheet }: ApprovalSheetProps) {
  const approval = approvalState(request);
  return (
    <Sheet {...sheet} footer={approval.isAsking ? null : footer}>
      {approval.isAsking ? (
        <div className="flex flex-col items-center gap-3">
          <p className="flex items-center gap-2 rounded-tile bg-warning-soft px-4 py-2 text-center text-lg font-semibold text-warning">
            <ShieldCheck aria-hidden className="size-6 shrink-0" /> {summary}
          </p>
          <PinPad
            label="Manager approval needed"
            onSubmit={onPin}
            busy={request.isPending}
            message={approval.message}
            tone={approval.wasRefused ? 'error' : 'info'}
          />
          {request.reset ? (
            <Button variant="ghost" size="lg" disabled={request.isPending} onClick={request.reset}>
              <ArrowLeft aria-hidden className="size-5" /> Back
            </Button>
          ) : null}
        </div>
      ) : (
        children
      )}
    </Sheet>
  );
}
