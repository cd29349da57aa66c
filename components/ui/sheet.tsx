'use client';

import { X } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, useId, useLayoutEffect, useRef } from 'react';

export type SheetProps = {
  title: ReactNode;
  /** The dialog's spoken name when the visible title is too short for it ("Receipt for order #42"). */
  label?: string;
  /** A line under the title (price, table, what the sheet is for); read out after the name. */
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Pinned under the scrolling body: the sheet's one primary action. */
  footer?: ReactNode;
  /**
   * `bottom`: the till's sheet, rising from the bottom edge (the default). `center`: a wide dialog
   * in the middle of the screen (the receipt). `side`: the back office's edit panel on the right.
   */
  placement?: 'bottom' | 'center' | 'side';
  /** Replaces the body's padding, for a body that lays itself out (the receipt and its QR). */
  bodyClassName?: string;
};

const PLACEMENTS = {
  bottom:
    'inset-x-0 bottom-0 top-auto mx-auto max-h-[92dvh] w-full max-w-[820px] rounded-t-sheet motion-safe:animate-sheet-up',
  center: 'inset-0 m-auto max-h-[92dvh] w-[820px] max-w-[96vw] rounded-sheet motion-safe:animate-dialog-in',
  side: 'inset-y-0 left-auto right-0 h-dvh max-h-dvh w-full max-w-lg motion-safe:animate-panel-in',
} as const;

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls Tab visits in this dialog, leaving out those of a dialog opened over it. */
function tabbables(dialog: HTMLDialogElement): HTMLElement[] {
  return Array.from(dialog.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) => element.closest('dialog') === dialog && element.getClientRects().length > 0,
  );
}

/** Tab and Shift+Tab go round the dialog's controls and never out into the browser's toolbar. */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  const dialog = event.currentTarget;
  if (event.key !== 'Tab' || !(event.target instanceof Element) || event.target.closest('dialog') !== dialog) return;
  const elements = tabbables(dialog);
  const first = elements[0];
  const last = elements.at(-1);
  const active = document.activeElement;
  const isLeaving = !dialog.contains(active) || (event.shiftKey ? active === first : active === last);
  if (!first || !last || isLeaving) {
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  }
}

/**
 * The one modal dialog, on the native <dialog>: showModal() makes the rest of the page inert, so
 * VoiceOver reads only the sheet (named by its title, described by its subtitle) and Tab goes
 * round its own controls. Escape, the Close button and a tap on the backdrop close it; focus then
 * goes back to whatever opened it. It slides in only for people who have not asked for reduced
 * motion, and the page behind does not scroll. Mount it to open it; unmount it to close it.
 */
export function Sheet({
  title,
  label,
  subtitle,
  onClose,
  children,
  footer,
  placement = 'bottom',
  bodyClassName = 'px-6 py-5',
}: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // A drag that starts in a field and ends on the backdrop is not a tap on the backdrop.
  const pressedBackdrop = useRef(false);
  const titleId = useId();
  const subtitleId = useId();

  // Layout effect: the cleanup runs while the dialog is still in the page, so it closes properly.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-label={label}
      aria-labelledby={label ? undefined : titleId}
      aria-describedby={subtitle ? subtitleId : undefined}
      onKeyDown={keepTabInside}
      onCancel={(event) => {
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        onClose();
      }}
      // The browser may close a dialog by itself (a second Escape in Chrome): follow it.
      onClose={(event) => {
        if (event.target === event.currentTarget && !event.currentTarget.open) onClose();
      }}
      onPointerDown={(event) => {
        pressedBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget && pressedBackdrop.current) onClose();
      }}
      className={`fixed m-0 flex flex-col overflow-hidden overscroll-contain border border-line bg-surface-raised p-0 text-ink shadow-sheet backdrop:bg-scrim ${PLACEMENTS[placement]}`}
    >
      <header className="flex items-start justify-between gap-4 border-b border-line px-6 pb-4 pt-5">
        <div className="min-w-0">
          <h2 id={titleId} className="text-2xl font-bold text-ink">
            {title}
          </h2>
          {subtitle ? (
            <p id={subtitleId} className="mt-1 text-base text-ink-muted">
              {subtitle}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="flex size-12 shrink-0 items-center justify-center rounded-tile text-ink hover:bg-surface-sunken active:scale-95 active:bg-surface-sunken"
        >
          <X aria-hidden className="size-7" />
        </button>
      </header>
      <div className={`min-h-0 flex-1 overflow-y-auto overscroll-contain ${bodyClassName}`}>{children}</div>
      {footer ? <footer className="border-t border-line px-6 pb-6 pt-4">{footer}</footer> : null}
    </dialog>
  );
}
