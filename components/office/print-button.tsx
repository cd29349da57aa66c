'use client';

import { Printer } from 'lucide-react';
import { Button } from '../ui/button';

/** Opens the browser's print dialog (the page's print stylesheet decides what goes on paper). */
export function PrintButton({ label = 'Print' }: { label?: string }) {
  return (
    <Button size="lg" onClick={() => window.print()}>
      <Printer aria-hidden className="size-5" /> {label}
    </Button>
  );
}
