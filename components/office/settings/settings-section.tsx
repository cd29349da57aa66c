import type { ReactNode } from 'react';

export type SettingsSectionProps = {
  id: string;
  title: string;
  description: ReactNode;
  /** Shown under the description, e.g. a preview of what the settings change. */
  aside?: ReactNode;
  children: ReactNode;
};

/** One group of settings: what it is for on the left, its boxes in a card on the right. */
export function SettingsSection({ id, title, description, aside, children }: SettingsSectionProps) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="grid grid-cols-[minmax(220px,300px)_minmax(0,1fr)] gap-8 border-t border-line pt-8 first:border-0 first:pt-0"
    >
      <div className="flex flex-col gap-3">
        <h2 id={`${id}-title`} className="text-xl font-bold text-ink">
          {title}
        </h2>
        <div className="flex flex-col gap-2 text-base text-ink-muted">{description}</div>
        {aside}
      </div>
      <div className="flex flex-col gap-6 rounded-sheet border border-line bg-surface-raised p-6">{children}</div>
    </section>
  );
}
