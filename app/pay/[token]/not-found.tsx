/** A token that matches no checkout (mistyped, or guessed): one plain answer, nothing about the venue. */
export default function PayNotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 bg-surface p-6 text-center text-ink">
      <h1 className="text-3xl font-bold">We can’t find this payment</h1>
      <p className="text-lg">Check you scanned the whole QR code, or ask the staff for a new one.</p>
    </main>
  );
}
