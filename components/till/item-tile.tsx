import { ListChecks } from 'lucide-react';
import { formatPence } from '@/lib/domain/money';
import type { TMenuItem } from '@/lib/schemas/menu';

/** One menu item as a 96 px button: a tap adds it, or opens its choices. Sold-out items are disabled. */
export function ItemTile({ item, onTap }: { item: TMenuItem; onTap: (item: TMenuItem) => void }) {
  const hasChoices = item.modifierGroups.length > 0;
  return (
    <button
      type="button"
      disabled={!item.isAvailable}
      onClick={() => onTap(item)}
      className="flex select-none flex-col justify-between rounded-tile border border-line bg-surface-raised p-3 text-left shadow-sm active:scale-[0.97] active:border-brand active:bg-brand-soft disabled:cursor-not-allowed disabled:bg-surface-sunken disabled:shadow-none"
    >
      <span className={`text-lg font-semibold leading-tight ${item.isAvailable ? 'text-ink' : 'text-ink-muted'}`}>
        {item.name}
      </span>
      <span className="flex items-center justify-between gap-2">
        {item.isAvailable ? (
          <span className="tabular text-lg font-medium text-ink-muted">{formatPence(item.pricePence)}</span>
        ) : (
          <span className="rounded-md bg-state-void px-2 py-0.5 text-sm font-bold uppercase tracking-wide text-ink-inverse">
            Sold out
          </span>
        )}
        {hasChoices && item.isAvailable ? (
          <ListChecks aria-label="has choices" className="size-5 text-ink-muted" />
        ) : null}
      </span>
    </button>
  );
}
