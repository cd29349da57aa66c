'use client';

import { Printer } from 'lucide-react';
import { Button } from '../ui/button';

/** Prints the receipt (80 mm on a receipt printer); hidden on the printout itself. */
export function PrintButton() {
  return (
    <div className="no-print flex justify-center">
      <Button variant="secondary" onClick={() => window.print()}>
        <Printer aria-hidden className="size-5" /> Print receipt
      </Button>
    </div>
  );
}
