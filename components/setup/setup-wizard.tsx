'use client';

import { Coffee, NotebookPen } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { signInWithPassword } from '@/lib/client/auth';
import { requestApi } from '@/lib/client/call-api';
import {
  checkStep,
  emptySetupForm,
  errorsFromDetails,
  SETUP_STEPS,
  type SetupErrors,
  type SetupFormValues,
  type SetupStep,
  setupRequest,
  stepOfField,
} from '@/lib/client/setup-form';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { BusinessStep, LocationStep, OwnerStep } from './setup-steps';

const TITLES: Record<SetupStep, string> = {
  business: 'Your business',
  location: 'Your first location',
  owner: 'Your owner account',
  menu: 'Your menu',
};

const REFUSALS: Partial<Record<number, string>> = {
  403: 'This setup link no longer works: a newer one was printed when the app restarted. Use the newest link from the terminal.',
  409: 'This Fynlo is already set up.',
  429: 'Too many tries from this network. Wait a few minutes, then try again.',
};

/**
 * First-run setup: business, location, owner, then the menu to start from. Each step is checked
 * with the API's own schema before the next; the last choice sends everything, then signs the new
 * owner in and opens the back office.
 */
export function SetupWizard({ token, zones }: { token: string; zones: readonly string[] }) {
  const router = useRouter();
  const [step, setStep] = useState<SetupStep>('business');
  const [form, setForm] = useState(emptySetupForm);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [problem, setProblem] = useState<{ message: string; isSetUp?: boolean }>();
  const [sending, setSending] = useState<'empty' | 'sample' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isFirstRender = useRef(true);
  const index = SETUP_STEPS.indexOf(step);

  // A new step announces itself by its heading; the first keeps the focus on its one box.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  function change(next: SetupFormValues) {
    setForm(next);
    // A message stays until its own box is edited.
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([key]) => isSame(valueAt(next, key), valueAt(form, key)))),
    );
  }

  function go(next: SetupStep) {
    setErrors({});
    setProblem(undefined);
    setStep(next);
  }

  function showErrors(found: SetupErrors) {
    const first = Object.keys(found)[0] ?? 'form';
    setErrors(found);
    setStep(stepOfField(first));
  }

  function proceed(event: FormEvent) {
    event.preventDefault();
    const found = checkStep(step, form);
    if (Object.keys(found).length) return setErrors(found);
    go(SETUP_STEPS[index + 1] ?? step);
  }

  async function finish(sampleMenu: boolean) {
    setSending(sampleMenu ? 'sample' : 'empty');
    setProblem(undefined);
    try {
      const answer = await requestApi('completeSetup', { body: setupRequest(form, token, sampleMenu) });
      if (answer.ok) {
        const signedIn = await signInWithPassword(form.email, form.password);
        router.replace(signedIn.ok ? '/office' : '/login?next=/office');
        router.refresh();
        return;
      }
      if (answer.status === 422) {
        const found = errorsFromDetails(answer.error.details, form);
        if (Object.keys(found).length) showErrors(found);
        else setProblem({ message: answer.error.message });
      } else {
        setProblem({ message: REFUSALS[answer.status] ?? answer.error.message, isSetUp: answer.status === 409 });
      }
    } catch {
      setProblem({ message: 'Cannot reach the server. Check the connection and try again.' });
    }
    setSending(null);
  }

  const stepProps = { form, errors, onChange: change };
  return (
    <form noValidate onSubmit={proceed} className="flex flex-col gap-6">
      <ol aria-label="Setup steps" className="grid grid-cols-4 gap-2">
        {SETUP_STEPS.map((name, position) => (
          <li
            key={name}
            aria-current={name === step ? 'step' : undefined}
            className={`flex flex-col gap-1 border-t-4 pt-2 text-sm ${position <= index ? 'border-brand text-ink' : 'border-line text-ink-muted'}`}
          >
            <span className="font-semibold">Step {position + 1}</span>
            <span>{TITLES[name]}</span>
          </li>
        ))}
      </ol>
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-ink outline-none">
        {TITLES[step]}
      </h2>
      {problem ? (
        <Notice tone="error">
          {problem.message}{' '}
          {problem.isSetUp ? (
            <a className="underline" href="/login">
              Sign in
            </a>
          ) : null}
        </Notice>
      ) : null}
      {step === 'business' ? <BusinessStep {...stepProps} /> : null}
      {step === 'location' ? <LocationStep {...stepProps} zones={zones} /> : null}
      {step === 'owner' ? <OwnerStep {...stepProps} /> : null}
      {step === 'menu' ? (
        <div className="flex flex-col gap-4">
          <p className="text-base text-ink-muted">
            Start from scratch, or from a sample café menu (drinks, breakfast, lunch and cakes, with a floor of 12
            tables) that you can edit or remove later.
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <MenuChoice
              title="Start with an empty menu"
              body="One kitchen station; add your own categories and items."
              Icon={NotebookPen}
              busy={sending === 'empty'}
              disabled={sending !== null}
              onClick={() => void finish(false)}
            />
            <MenuChoice
              title="Start from the sample café menu"
              body="36 items in 6 categories, 3 stations and 12 tables."
              Icon={Coffee}
              busy={sending === 'sample'}
              disabled={sending !== null}
              onClick={() => void finish(true)}
            />
          </div>
        </div>
      ) : null}
      <div className="flex items-center justify-between gap-4 border-t border-line pt-5">
        {index > 0 ? (
          <Button
            type="button"
            variant="secondary"
            size="lg"
            disabled={sending !== null}
            onClick={() => go(SETUP_STEPS[index - 1]!)}
          >
            Back
          </Button>
        ) : (
          <span />
        )}
        {step !== 'menu' ? (
          <Button type="submit" size="lg">
            Continue
          </Button>
        ) : null}
      </div>
    </form>
  );
}

const isSame = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The part of the form an error key is about (`hours.3` → Wednesday's row). */
function valueAt(form: SetupFormValues, key: string): unknown {
  if (key.startsWith('hours.')) return form.hours.find((row) => row.day === Number(key.slice('hours.'.length)));
  return key in form ? form[key as keyof SetupFormValues] : undefined;
}

function MenuChoice({
  title,
  body,
  Icon,
  busy,
  disabled,
  onClick,
}: {
  title: string;
  body: string;
  Icon: typeof Coffee;
  busy: boolean;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-busy={busy || undefined}
      className="flex min-h-40 flex-col items-start gap-2 rounded-sheet border-2 border-line bg-surface-raised p-5 text-left hover:border-brand active:scale-[0.98] disabled:cursor-not-allowed disabled:opacity-60"
    >
      <Icon aria-hidden className="size-8 text-brand" />
      <span className="text-xl font-bold text-ink">{title}</span>
      <span className="text-base text-ink-muted">{body}</span>
      {busy ? <span className="text-sm font-semibold text-brand">Setting up…</span> : null}
    </button>
  );
}
