'use client';

import { X } from 'lucide-react';
import { type ReactNode, useEffect, useRef } from 'react';

export type ToastMessage = {
  id: string;
  title: string;
  detail?: string;
  /** `ready` (green, the default): done. `progress` (amber): part of it done, the rest still coming. */
  tone?: 'ready' | 'progress';
};

const TONES = { ready: 'bg-state-ready', progress: 'bg-state-sent' } as const;

export type ToastsProps = {
  toasts: readonly ToastMessage[];
  onDismiss: (id: string) => void;
  /** When set, tapping a toast does this (and dismisses it); its label says what the tap does. */
  onOpen?: (id: string) => void;
  openLabel?: string;
  /** Each toast goes by itself after this long. */
  durationMs?: number;
  icon?: ReactNode;
};

/**
 * Short-lived messages stacked above the bottom bar. The region is always in the page, so screen
 * readers announce each toast politely as it arrives.
 */
export function Toasts({ toasts, onDismiss, onOpen, openLabel = 'Open', durationMs = 6_000, icon }: ToastsProps) {
  return (
    <div
      role="region"
      aria-label="Notifications"
      aria-live="polite"
      aria-relevant="additions"
      className="pointer-events-none fixed inset-x-0 bottom-24 z-40 flex flex-col items-center gap-3 px-6"
    >
      {toasts.map((toast) => (
        <Toast
          key={toast.id}
          toast={toast}
          durationMs={durationMs}
          icon={icon}
          openLabel={onOpen ? openLabel : undefined}
          onOpen={onOpen ? () => onOpen(toast.id) : undefined}
          onDismiss={() => onDismiss(toast.id)}
        />
      ))}
    </div>
  );
}

function Toast({
  toast,
  durationMs,
  icon,
  openLabel,
  onOpen,
  onDismiss,
}: {
  toast: ToastMessage;
  durationMs: number;
  icon: ReactNode;
  openLabel?: string;
  onOpen?: () => void;
  onDismiss: () => void;
}) {
  // The timer starts once per toast, not again each time the parent renders a new callback.
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss.current(), durationMs);
    return () => window.clearTimeout(timer);
  }, [toast.id, durationMs]);

  const body = (
    <>
      {icon}
      <span className="flex flex-col text-left">
        <span className="text-lg font-bold">{toast.title}</span>
        {toast.detail ? <span className="text-base opacity-90">{toast.detail}</span> : null}
      </span>
      {openLabel ? <span className="ml-auto text-base font-semibold underline">{openLabel}</span> : null}
    </>
  );
  return (
    <div
      className={`pointer-events-auto flex w-full max-w-md items-stretch overflow-hidden rounded-tile text-ink-inverse shadow-sheet ${TONES[toast.tone ?? 'ready']}`}
    >
      {onOpen ? (
        <button
          type="button"
          onClick={() => {
            onOpen();
            onDismiss();
          }}
          className="flex min-h-16 flex-1 items-center gap-3 px-4 py-3 active:bg-black/15"
        >
          {body}
        </button>
      ) : (
        <div className="flex min-h-16 flex-1 items-center gap-3 px-4 py-3">{body}</div>
      )}
      <button
        type="button"
        onClick={onDismiss}
        aria-label={`Dismiss: ${toast.title}`}
        className="flex w-14 shrink-0 items-center justify-center border-l border-white/30 active:bg-black/15"
      >
        <X aria-hidden className="size-6" />
      </button>
    </div>
  );
}
