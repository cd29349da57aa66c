'use client';

import { Search } from 'lucide-react';
import { useMemo, useState } from 'react';
import { formatPence } from '@/lib/domain/money';
import type { TMeResponse } from '@/lib/schemas/session';
import { useMenu } from '@/lib/client/use-menu';
import { StaffMenu } from '../auth/staff-menu';
import { ConnectionDot } from '../ui/connection-dot';
import { Notice } from '../ui/notice';

/** The till frame: category rail, item grid and ticket panel over the staff bar (ui.md). */
export function TillShell({ me }: { me: TMeResponse }) {
  const menu = useMenu();
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const categories = useMemo(() => menu.data?.categories ?? [], [menu.data]);
  const activeId = categoryId ?? categories[0]?.id ?? null;
  const items = useMemo(() => {
    const term = search.trim().toLowerCase();
    if (term)
      return categories.flatMap((category) => category.items).filter((item) => item.name.toLowerCase().includes(term));
    return categories.find((category) => category.id === activeId)?.items ?? [];
  }, [categories, activeId, search]);

  return (
    <div className="grid h-dvh grid-rows-[1fr_auto] bg-surface">
      <div className="grid min-h-0 grid-cols-[200px_1fr_340px]">
        <nav
          aria-label="Menu categories"
          className="flex min-h-0 flex-col gap-2 overflow-y-auto border-r border-line bg-surface-raised p-3"
        >
          {menu.isPending
            ? Array.from({ length: 6 }, (_, index) => (
                <div key={index} className="h-14 animate-pulse rounded-[var(--radius-tile)] bg-surface-sunken" />
              ))
            : categories.map((category) => (
                <button
                  key={category.id}
                  type="button"
                  aria-pressed={!search && category.id === activeId}
                  onClick={() => {
                    setSearch('');
                    setCategoryId(category.id);
                  }}
                  className="min-h-14 rounded-[var(--radius-tile)] px-4 text-left text-lg font-semibold text-ink active:scale-[0.98] aria-pressed:bg-brand aria-pressed:text-ink-inverse"
                >
                  {category.name}
                </button>
              ))}
        </nav>
        <section aria-label="Items" className="flex min-h-0 flex-col gap-4 p-4">
          <label className="flex min-h-12 items-center gap-3 rounded-[var(--radius-tile)] border border-line bg-surface-raised px-4">
            <Search aria-hidden className="size-5 text-ink-muted" />
            <span className="sr-only">Search items</span>
            <input
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder="Search items…"
              className="h-12 flex-1 bg-transparent text-lg text-ink outline-none placeholder:text-ink-muted"
            />
          </label>
          {menu.isError ? <Notice tone="error">{menu.error.message}</Notice> : null}
          <div className="grid auto-rows-[96px] grid-cols-4 gap-3 overflow-y-auto pb-4">
            {items.map((item) => (
              <div
                key={item.id}
                aria-label={`${item.name}, ${formatPence(item.pricePence)}${item.isAvailable ? '' : ', sold out'}`}
                className={`flex flex-col justify-between rounded-[var(--radius-tile)] border border-line bg-surface-raised p-3 ${item.isAvailable ? '' : 'opacity-50'}`}
              >
                <span className="text-base font-semibold leading-tight text-ink">{item.name}</span>
                <span className="tabular text-base font-medium text-ink-muted">
                  {item.isAvailable ? formatPence(item.pricePence) : 'Sold out'}
                </span>
              </div>
            ))}
          </div>
        </section>
        <aside aria-label="Ticket" className="flex min-h-0 flex-col border-l border-line bg-surface-raised p-4">
          <h2 className="text-lg font-bold text-ink">New order</h2>
          <p className="mt-2 text-base text-ink-muted">
            Order taking is not switched on for this till yet. The menu is live and prices are the ones the server
            charges.
          </p>
          <div className="mt-auto border-t border-line pt-4">
            <div className="flex items-baseline justify-between">
              <span className="text-lg font-semibold text-ink">Total</span>
              <span className="tabular text-3xl font-bold text-money-due">{formatPence(0)}</span>
            </div>
          </div>
        </aside>
      </div>
      <footer className="flex min-h-16 items-center justify-between gap-4 border-t border-line bg-surface-raised px-4 py-2">
        <span className="text-base font-semibold text-ink">
          {me.location.name} · {me.device?.name ?? 'Till'}
        </span>
        <div className="flex items-center gap-6">
          <StaffMenu
            name={me.user.name}
            role={me.role}
            idleLockSeconds={me.location.tillIdleLockSeconds}
            basePath="/till"
          />
          <ConnectionDot />
        </div>
      </footer>
    </div>
  );
}
