import type { ReactNode } from 'react';

type Tone = 'info' | 'error' | 'success' | 'warning';

const TONES: Record<Tone, string> = {
  info: 'bg-brand-soft text-ink border-brand',
  error: 'bg-danger-soft text-danger border-danger',
  success: 'bg-success-soft text-success border-success',
  warning: 'bg-warning-soft text-warning border-warning',
};

/** An inline message that says what happened and what to do; announced to screen readers. */
export function Notice({
  tone = 'info',
  children,
  className = '',
}: {
  tone?: Tone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-tile border-l-4 px-4 py-3 text-base font-medium ${TONES[tone]} ${className}`}
    >
      {children}
    </div>
  );
}
