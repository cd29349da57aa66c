import { ShieldCheck } from 'lucide-react';
import { PinPad } from '../ui/pin-pad';

export type ApprovalPadProps = {
  /** What needs approving, e.g. "Void 1 × Flat white · Customer changed mind". */
  summary: string;
  /** The server's answer: why approval is needed, or why the last PIN was refused. */
  message: string;
  /** True once a PIN was tried and refused: the message shows as an error. */
  wasRefused: boolean;
  busy: boolean;
  onPin: (pin: string) => void;
};

/** A manager approves in place: the request is sent again with their PIN (ui.md: inline, not a new page). */
export function ApprovalPad({ summary, message, wasRefused, busy, onPin }: ApprovalPadProps) {
  return (
    <div className="flex flex-col items-center gap-3">
      <p className="flex items-center gap-2 rounded-tile bg-warning-soft px-4 py-2 text-lg font-semibold text-warning">
        <ShieldCheck aria-hidden className="size-6" /> {summary}
      </p>
      <PinPad
        label="Manager approval needed"
        onSubmit={onPin}
        busy={busy}
        message={message}
        tone={wasRefused ? 'error' : 'info'}
      />
    </div>
  );
}
