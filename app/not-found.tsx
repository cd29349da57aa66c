import { LinkButton } from '@/components/ui/link-button';

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-surface p-6 text-center">
      <h1 className="text-3xl font-bold text-ink">There is nothing at this address</h1>
      <LinkButton href="/">Go to the start screen</LinkButton>
    </main>
  );
}
