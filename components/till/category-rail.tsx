import type { TMenuResponse } from '@/lib/schemas/menu';
import { Skeleton } from '../ui/skeleton';

export type CategoryRailProps = {
  categories: TMenuResponse['categories'];
  activeId: string | null;
  isLoading: boolean;
  onSelect: (categoryId: string) => void;
};

/** The menu's categories down the left edge; the active one is filled and announced as pressed. */
export function CategoryRail({ categories, activeId, isLoading, onSelect }: CategoryRailProps) {
  return (
    <nav
      aria-label="Menu categories"
      className="flex min-h-0 flex-col gap-2 overflow-y-auto border-r border-line bg-surface-raised p-3"
    >
      {isLoading
        ? Array.from({ length: 6 }, (_, index) => <Skeleton key={index} className="h-14" />)
        : categories.map((category) => (
            <button
              key={category.id}
              type="button"
              aria-pressed={category.id === activeId}
              onClick={() => onSelect(category.id)}
              className="min-h-14 rounded-tile px-4 py-2 text-left text-lg font-semibold leading-tight text-ink active:scale-[0.98] active:bg-surface-sunken aria-pressed:bg-brand aria-pressed:text-ink-inverse"
            >
              {category.name}
            </button>
          ))}
    </nav>
  );
}
