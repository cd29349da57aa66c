import Link from 'next/link';
import type { ComponentProps } from 'react';

type Variant = 'primary' | 'secondary';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-brand text-ink-inverse hover:bg-brand-strong',
  secondary: 'bg-surface-raised text-ink border border-line hover:bg-surface-sunken',
};

/** A link that looks like a Button (same sizes, same tokens). */
export function LinkButton({
  variant = 'primary',
  className = '',
  ...rest
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return (
    <Link
      {...rest}
      className={`inline-flex min-h-14 select-none items-center justify-center gap-2 rounded-tile px-6 text-lg font-semibold active:scale-[0.97] ${VARIANTS[variant]} ${className}`}
    />
  );
}
