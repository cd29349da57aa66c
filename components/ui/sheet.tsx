'use client';

import { X } from 'lucide-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';

export type SheetProps = {
  title: ReactNode;
  /** A line under the title (price, table, what the sheet is for). */
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Pinned under the scrolling body: the sheet's one primary action. */
  footer?: ReactNode;
};

/**
 * A modal bottom sheet on the native <dialog>: showModal() makes the rest of the page inert (so
 * focus stays inside and VoiceOver reads only the sheet), Escape and a tap on the backdrop close it.
 * Mount it to open it; unmount it to close it.
 */
export function Sheet({ title, subtitle, onClose, children, footer }: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="fixed inset-x-0 bottom-0 top-auto m-0 mx-auto flex max-h-[92dvh] w-full max-w-[820px] flex-col rounded-t-sheet bg-surface-raised p-0 text-ink shadow-sheet backdrop:bg-ink/50"
    >
      <header className="flex items-start justify-between gap-4 border-b border-line px-6 pb-4 pt-5">
        <div>
          <h2 id={titleId} className="text-2xl font-bold text-ink">
            {title}
          </h2>
          {subtitle ? <p className="mt-1 text-base text-ink-muted">{subtitle}</p> : null}
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="flex size-12 shrink-0 items-center justify-center rounded-tile text-ink active:scale-95 active:bg-surface-sunken"
        >
          <X aria-hidden className="size-7" />
        </button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-6 py-5">{children}</div>
      {footer ? <footer className="border-t border-line px-6 pb-6 pt-4">{footer}</footer> : null}
    </dialog>
  );
}
