import { Search } from 'lucide-react';
import type { TMenuItem } from '@/lib/schemas/menu';
import { ItemTile } from './item-tile';
import { Skeleton } from '../ui/skeleton';

export type ItemGridProps = {
  items: TMenuItem[];
  search: string;
  onSearch: (term: string) => void;
  isLoading: boolean;
  onTap: (item: TMenuItem) => void;
};

/** Search box over a four-column grid of item tiles (skeleton tiles while the menu loads). */
export function ItemGrid({ items, search, onSearch, isLoading, onTap }: ItemGridProps) {
  return (
    <>
      <label className="flex min-h-12 items-center gap-3 rounded-tile border border-line bg-surface-raised px-4">
        <Search aria-hidden className="size-5 text-ink-muted" />
        <span className="sr-only">Search items</span>
        <input
          type="search"
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          placeholder="Search items…"
          className="h-12 flex-1 bg-transparent text-lg text-ink outline-none placeholder:text-ink-muted"
        />
      </label>
      <div className="grid min-h-0 auto-rows-[104px] grid-cols-4 content-start gap-3 overflow-y-auto pb-4">
        {isLoading
          ? Array.from({ length: 8 }, (_, index) => <Skeleton key={index} />)
          : items.map((item) => <ItemTile key={item.id} item={item} onTap={onTap} />)}
        {!isLoading && items.length === 0 ? (
          <p className="col-span-4 text-lg text-ink-muted">No items match “{search}”.</p>
        ) : null}
      </div>
    </>
  );
}
