import type { ReactNode } from 'react';

const SHAPES = {
  /** A tile, row or card (12 px corners). */
  tile: 'rounded-tile',
  /** A sheet-sized card (16 px corners). */
  sheet: 'rounded-sheet',
  /** A line of text. */
  line: 'rounded-md',
} as const;

export type SkeletonProps = {
  /** Its size and place: `h-14`, `size-48`, `w-3/4`… (the fill and corners come with it). */
  className?: string;
  shape?: keyof typeof SHAPES;
  /** An <li> inside a list that is still loading, a <span> inside text; otherwise a <div>. */
  as?: 'div' | 'li' | 'span';
  /** Words on the placeholder ("Making a new QR…"). Without them it is hidden from screen readers. */
  children?: ReactNode;
};

/**
 * A grey shape where something is about to appear, so a screen is never blank while it loads
 * (ui.md §3). It pulses only for people who have not asked for reduced motion.
 */
export function Skeleton({ className = '', shape = 'tile', as: Tag = 'div', children }: SkeletonProps) {
  return (
    <Tag
      aria-hidden={children ? undefined : true}
      className={`bg-surface-sunken motion-safe:animate-pulse ${SHAPES[shape]} ${className}`}
    >
      {children}
    </Tag>
  );
}

/**
 * Skeletons for one thing that is loading: marked busy, and announced once in words ("Loading
 * tickets…") for VoiceOver, which reads neither the shapes nor aria-busy.
 */
export function SkeletonGroup({
  label,
  className = '',
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div aria-busy="true" className={className}>
      <span role="status" className="sr-only">
        {label}
      </span>
      {children}
    </div>
  );
}
