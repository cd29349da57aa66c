import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';
type Size = 'md' | 'lg' | 'xl';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-brand text-ink-inverse hover:bg-brand-strong active:bg-brand-strong',
  secondary: 'bg-surface-raised text-ink border border-line hover:bg-surface-sunken active:bg-surface-sunken',
  danger: 'bg-danger text-ink-inverse hover:opacity-90 active:opacity-90',
  ghost: 'bg-transparent text-ink hover:bg-surface-sunken active:bg-surface-sunken',
};

const SIZES: Record<Size, string> = {
  md: 'min-h-11 px-4 text-base',
  lg: 'min-h-14 px-6 text-lg',
  xl: 'min-h-16 px-8 text-xl',
};

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size; busy?: boolean };

/** The one button. Pressed state answers the tap at once; `busy` shows work on the button itself. */
export function Button({
  variant = 'primary',
  size = 'md',
  busy = false,
  className = '',
  children,
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={`inline-flex select-none items-center justify-center gap-2 rounded-tile font-semibold transition-[transform,background-color] duration-75 active:scale-[0.97] disabled:cursor-not-allowed disabled:opacity-50 ${VARIANTS[variant]} ${SIZES[size]} ${className}`}
    >
      {busy ? (
        <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />
      ) : null}
      {children}
    </button>
  );
}
