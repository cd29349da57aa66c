'use client';

import { useMemo, useState } from 'react';
import type { TMenuItem, TMenuResponse } from '@/lib/schemas/menu';
import { Notice } from '../ui/notice';
import { CategoryRail } from './category-rail';
import { ItemGrid } from './item-grid';

export type MenuPanelProps = {
  menu: TMenuResponse | undefined;
  isLoading: boolean;
  error: Error | null;
  onTapItem: (item: TMenuItem) => void;
};

/** Category rail and item grid; a search looks across every category. */
export function MenuPanel({ menu, isLoading, error, onTapItem }: MenuPanelProps) {
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const categories = useMemo(() => menu?.categories ?? [], [menu]);
  const activeId = search ? null : (categoryId ?? categories[0]?.id ?? null);
  const items = useMemo(() => {
    const term = search.trim().toLowerCase();
    if (term)
      return categories.flatMap((category) => category.items).filter((item) => item.name.toLowerCase().includes(term));
    return categories.find((category) => category.id === activeId)?.items ?? [];
  }, [categories, activeId, search]);

  return (
    <>
      <CategoryRail
        categories={categories}
        activeId={activeId}
        isLoading={isLoading}
        onSelect={(id) => {
          setSearch('');
          setCategoryId(id);
        }}
      />
      <section aria-label="Items" className="flex min-h-0 flex-col gap-4 p-4">
        {/* Offline with the menu this till kept, there is nothing to say: the connection dot says Offline. */}
        {error && !menu ? <Notice tone="error">Could not load the menu: {error.message}</Notice> : null}
        <ItemGrid items={items} search={search} onSearch={setSearch} isLoading={isLoading} onTap={onTapItem} />
      </section>
    </>
  );
}
