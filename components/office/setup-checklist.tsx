import { CheckCircle2, Circle } from 'lucide-react';
import Link from 'next/link';

export type SetupChecklistProps = {
  hasStaff: boolean;
  hasTables: boolean;
  hasMenuItems: boolean;
  hasDevices: boolean;
};

const STEPS = [
  {
    key: 'hasStaff',
    href: '/office/staff',
    title: 'Add staff',
    body: 'Give each person a role and a PIN for the till.',
  },
  {
    key: 'hasTables',
    href: '/office/floor',
    title: 'Draw your floor',
    body: 'Areas and tables, as the till will show them.',
  },
  {
    key: 'hasMenuItems',
    href: '/office/menu',
    title: 'Check your menu',
    body: 'Items, prices, VAT and kitchen stations.',
  },
  { key: 'hasDevices', href: '/office/devices', title: 'Pair your tills', body: 'Each iPad and kitchen screen, once.' },
] as const;

/** The next things a new venue does, each ticked off by what is already there (not by a click). */
export function SetupChecklist(props: SetupChecklistProps) {
  const done = STEPS.filter((step) => props[step.key]).length;
  return (
    <section
      aria-labelledby="checklist-title"
      className="flex flex-col gap-4 rounded-sheet border border-line bg-surface-raised p-6"
    >
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="checklist-title" className="text-xl font-bold text-ink">
          Get ready for your first service
        </h2>
        <p className="text-base text-ink-muted">
          {done} of {STEPS.length} done
        </p>
      </div>
      <ol className="grid gap-3 md:grid-cols-2">
        {STEPS.map((step) => {
          const isDone = props[step.key];
          return (
            <li key={step.key}>
              <Link
                href={step.href}
                className="flex min-h-20 items-start gap-3 rounded-tile border border-line p-4 hover:border-brand active:scale-[0.99]"
              >
                {isDone ? (
                  <CheckCircle2 aria-hidden className="mt-0.5 size-6 shrink-0 text-success" />
                ) : (
                  <Circle aria-hidden className="mt-0.5 size-6 shrink-0 text-ink-muted" />
                )}
                <span className="flex flex-col gap-0.5">
                  <span className="text-lg font-semibold text-ink">
                    {step.title}
                    <span className={`ml-2 text-sm font-semibold ${isDone ? 'text-success' : 'text-ink-muted'}`}>
                      {isDone ? 'Done' : 'To do'}
                    </span>
                  </span>
                  <span className="text-base text-ink-muted">{step.body}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
