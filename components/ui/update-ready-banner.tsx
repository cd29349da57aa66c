'use client';

/**
 * "Update ready — applies at the next sign-in": a new version of the app is waiting. It is never
 * swapped in under a cashier mid-order; the PIN pad applies it.
 */
export function UpdateReadyBanner({ show }: { show: boolean }) {
  return (
    <div role="status" aria-live="polite">
      {show ? (
        <p className="flex min-h-10 items-center justify-center bg-brand-soft px-4 py-2 text-base font-semibold text-brand">
          Update ready — applies at the next sign-in
        </p>
      ) : null}
    </div>
  );
}
