import { LayoutGrid, ShoppingBag } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '../ui/button';

export type OrderTypeChooserProps = {
  onTakeaway: () => void;
  onTable: () => void;
  /** A confirmation or prompt shown above the choice (e.g. "Order #42 sent to the kitchen"). */
  notice?: ReactNode;
};

/** With no order on the till: start a takeaway, or pick a table. */
export function OrderTypeChooser({ onTakeaway, onTable, notice }: OrderTypeChooserProps) {
  return (
    <div className="flex flex-1 flex-col gap-4">
      <h2 className="text-2xl font-bold text-ink">New order</h2>
      {notice}
      <p className="text-lg text-ink-muted">Who is this order for?</p>
      <Button size="xl" onClick={onTakeaway} className="w-full justify-start">
        <ShoppingBag aria-hidden className="size-6" /> Takeaway
      </Button>
      <Button size="xl" variant="secondary" onClick={onTable} className="w-full justify-start">
        <LayoutGrid aria-hidden className="size-6" /> Table…
      </Button>
    </div>
  );
}
