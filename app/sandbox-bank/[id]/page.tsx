import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { formatPence } from '@/lib/domain/money';
import { getEnv } from '@/lib/env';
import { pageContext } from '@/lib/server/http/page-context';
import { SANDBOX_BANKS } from '@/lib/server/payments/providers/sandbox-bank';
import { findSandboxBankPayment } from '@/lib/server/sandbox-bank/find-sandbox-bank-payment';

export const metadata: Metadata = { title: 'Test bank', robots: { index: false, follow: false } };

const ZParams = z.object({ id: z.uuid() });
const ZSearch = z.object({
  bank: z
    .enum(SANDBOX_BANKS.map((bank) => bank.id))
    .optional()
    .catch(undefined),
});

const OUTCOME = {
  approved: { title: 'Payment approved', body: 'The café has been told. You can go back to them now.' },
  declined: { title: 'Payment declined', body: 'No money left your account. Go back to pay another way.' },
  canceled: { title: 'Payment called off', body: 'This payment was cancelled. No money left your account.' },
} as const;

const action =
  'inline-flex min-h-14 w-full items-center justify-center rounded-tile px-6 text-lg font-semibold active:scale-[0.97]';

/**
 * The built-in test bank (OPEN_BANKING_PROVIDER=sandbox): the customer picks a bank, then approves
 * or declines. It looks like a bank, not like the café, and says on every screen that it is a test.
 */
export default async function SandboxBankPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = ZParams.safeParse(await props.params);
  if (!params.success || getEnv().OPEN_BANKING_PROVIDER !== 'sandbox') notFound();
  const { db } = await pageContext(`/sandbox-bank/${params.data.id}`);
  const payment = await findSandboxBankPayment({ db, id: params.data.id });
  if (!payment) notFound();
  const search = ZSearch.parse(await props.searchParams);
  const bank = SANDBOX_BANKS.find((candidate) => candidate.id === (search.bank ?? payment.bankId));
  const outcome = payment.status === 'pending' ? null : OUTCOME[payment.status];

  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col bg-[#f6f3ee] text-[#1d1b16]">
      <p role="note" className="bg-[#ffd84d] px-5 py-3 text-center text-base font-bold text-[#1d1b16]">
        Test bank · no real money moves
      </p>
      <header className="flex items-center justify-between bg-[#23403a] px-5 py-4 text-white">
        <span className="text-xl font-bold">{bank?.name ?? 'Choose your bank'}</span>
        <span className="text-sm opacity-80">Sandbox</span>
      </header>
      <div className="flex flex-1 flex-col gap-6 p-5">
        <section aria-label="Payment" className="rounded-tile bg-white p-5 shadow-sm">
          <p className="text-base text-[#5b574e]">Pay {payment.payeeName}</p>
          <p className="text-5xl font-bold tabular-nums">{formatPence(payment.amountPence)}</p>
          <p className="mt-1 text-base text-[#5b574e]">Reference: {payment.reference}</p>
        </section>

        {outcome ? (
          <section aria-live="polite" className="flex flex-col gap-4">
            <h1 className="text-2xl font-bold">{outcome.title}</h1>
            <p className="text-lg">{outcome.body}</p>
            <a href={payment.returnUrl} className={`${action} bg-[#23403a] text-white`}>
              Back to {payment.payeeName}
            </a>
          </section>
        ) : bank ? (
          <section className="flex flex-col gap-4">
            <h1 className="text-2xl font-bold">Approve this payment?</h1>
            <p className="text-lg">
              {formatPence(payment.amountPence)} goes straight from your {bank.name} account to {payment.payeeName}.
            </p>
            <form method="post" action={`/sandbox-bank/${payment.id}/decide`} className="flex flex-col gap-3">
              <input type="hidden" name="bank" value={bank.id} />
              <button name="decision" value="approve" className={`${action} bg-[#23403a] text-white`}>
                Approve {formatPence(payment.amountPence)}
              </button>
              <button
                name="decision"
                value="decline"
                className={`${action} border-2 border-[#23403a] bg-white text-[#23403a]`}
              >
                Decline
              </button>
            </form>
          </section>
        ) : (
          <section className="flex flex-col gap-4">
            <h1 className="text-2xl font-bold">Choose your bank</h1>
            <ul className="flex flex-col gap-3">
              {SANDBOX_BANKS.map((choice) => (
                <li key={choice.id}>
                  <a
                    href={`/sandbox-bank/${payment.id}?bank=${choice.id}`}
                    className={`${action} justify-start border border-[#d8d2c6] bg-white text-[#1d1b16]`}
                  >
                    {choice.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
