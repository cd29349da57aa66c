'use client';

import { Download, Plus, Upload } from 'lucide-react';
import { useState } from 'react';
import { apiPath, callApi } from '@/lib/client/call-api';
import { useMenu } from '@/lib/client/use-menu';
import { useModifierGroups } from '@/lib/client/use-menu-admin';
import { describeGroupRule } from '@/lib/domain/modifiers';
import { formatPence } from '@/lib/domain/money';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { Sheet } from '../../ui/sheet';
import { Skeleton, SkeletonGroup } from '../../ui/skeleton';
import { GroupForm } from './group-form';
import { InlineAdd } from './inline-add';
import { ItemForm } from './item-form';
import { ItemsTable } from './items-table';
import { MenuImport } from './menu-import';
import { Tabs } from '../../ui/tabs';

type Panel =
  { kind: 'item'; itemId: string | null } | { kind: 'group'; groupId: string | null } | { kind: 'import' } | null;
const TABS = ['Items', 'Modifier groups', 'Stations'] as const;

/** The back-office menu: categories and items (with the 86 switch), modifier groups, stations. */
export function MenuEditor() {
  const menu = useMenu();
  const groups = useModifierGroups();
  const [tab, setTab] = useState<(typeof TABS)[number]>('Items');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);

  if (menu.isError || groups.isError)
    return <Notice tone="error">The menu could not be loaded. Reload the page to try again.</Notice>;
  if (!menu.data || !groups.data) return <MenuSkeleton />;
  const { categories, stations } = menu.data;
  const category = categories.find((c) => c.id === categoryId) ?? categories[0];
  const editingItem =
    panel?.kind === 'item' && panel.itemId
      ? categories.flatMap((c) => c.items).find((i) => i.id === panel.itemId)
      : null;
  const editingGroup =
    panel?.kind === 'group' && panel.groupId ? groups.data.groups.find((g) => g.id === panel.groupId) : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex justify-end gap-3">
        <a
          href={apiPath('exportMenu')}
          download
          className="inline-flex min-h-11 items-center justify-center gap-2 rounded-tile border border-line bg-surface-raised px-4 text-base font-semibold text-ink hover:bg-surface-sunken"
        >
          <Download aria-hidden className="size-5" /> Export CSV
        </a>
        <Button variant="secondary" onClick={() => setPanel({ kind: 'import' })}>
          <Upload aria-hidden className="size-5" /> Import CSV
        </Button>
      </div>
      <Tabs
        label="Menu sections"
        options={TABS.map((name) => ({ value: name, label: name }))}
        selected={tab}
        onSelect={setTab}
      />

      {tab === 'Items' ? (
        <div className="grid grid-cols-[240px_1fr] gap-6">
          <nav aria-label="Categories" className="flex flex-col gap-2">
            {categories.map((c) => (
              <button
                key={c.id}
                aria-current={c.id === category?.id ? 'true' : undefined}
                onClick={() => setCategoryId(c.id)}
                className="flex min-h-11 items-center justify-between rounded-tile px-3 text-left text-base font-semibold text-ink hover:bg-surface-sunken aria-[current=true]:bg-brand-soft aria-[current=true]:text-brand"
              >
                {c.name} <span className="text-sm font-normal text-ink-muted">{c.items.length}</span>
              </button>
            ))}
            <InlineAdd label="New category" create={(name) => callApi('createCategory', { body: { name } })} />
          </nav>
          <section className="flex flex-col gap-4">
            <div className="flex items-center justify-between">
              <h2 className="text-xl font-bold text-ink">{category?.name ?? 'No categories yet'}</h2>
              {category ? (
                <Button onClick={() => setPanel({ kind: 'item', itemId: null })}>
                  <Plus aria-hidden className="size-5" /> Add item
                </Button>
              ) : null}
            </div>
            {category ? (
              <ItemsTable
                category={category}
                stations={stations}
                onEdit={(itemId) => setPanel({ kind: 'item', itemId })}
              />
            ) : null}
          </section>
        </div>
      ) : null}

      {tab === 'Modifier groups' ? (
        <section className="flex flex-col gap-4">
          <div className="flex justify-end">
            <Button onClick={() => setPanel({ kind: 'group', groupId: null })}>
              <Plus aria-hidden className="size-5" /> Add group
            </Button>
          </div>
          <ul className="grid grid-cols-2 gap-4">
            {groups.data.groups.map((group) => (
              <li key={group.id} className="flex flex-col gap-2 rounded-tile border border-line bg-surface-raised p-4">
                <div className="flex items-center justify-between">
                  <span className="text-lg font-bold text-ink">{group.name}</span>
                  <Button variant="ghost" onClick={() => setPanel({ kind: 'group', groupId: group.id })}>
                    Edit
                  </Button>
                </div>
                <span className="text-sm text-ink-muted">
                  {describeGroupRule(group)} · used by {group.itemCount} {group.itemCount === 1 ? 'item' : 'items'}
                </span>
                <span className="text-base text-ink">
                  {group.modifiers
                    .map((m) =>
                      m.priceDeltaPence
                        ? `${m.name} (${m.priceDeltaPence > 0 ? '+' : ''}${formatPence(m.priceDeltaPence)})`
                        : m.name,
                    )
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {tab === 'Stations' ? (
        <section className="flex max-w-md flex-col gap-3">
          <p className="text-base text-ink-muted">
            Each station gets its own kitchen tickets. Items choose their station in their edit panel.
          </p>
          <ul className="flex flex-col gap-2">
            {stations.map((station) => (
              <li
                key={station.id}
                className="rounded-tile border border-line bg-surface-raised p-3 text-base font-semibold text-ink"
              >
                {station.name}
              </li>
            ))}
          </ul>
          <InlineAdd label="New station" create={(name) => callApi('createStation', { body: { name } })} />
        </section>
      ) : null}

      {panel?.kind === 'item' && category ? (
        <Sheet
          placement="side"
          title={editingItem ? `Edit ${editingItem.name}` : `New item in ${category.name}`}
          onClose={() => setPanel(null)}
        >
          <ItemForm
            key={editingItem?.id ?? 'new'}
            item={editingItem ?? null}
            categoryId={category.id}
            categories={categories}
            stations={stations}
            groups={groups.data.groups}
            onDone={() => setPanel(null)}
          />
        </Sheet>
      ) : null}
      {panel?.kind === 'import' ? (
        <Sheet placement="side" title="Import the menu from CSV" onClose={() => setPanel(null)}>
          <MenuImport onDone={() => setPanel(null)} />
        </Sheet>
      ) : null}
      {panel?.kind === 'group' ? (
        <Sheet
          placement="side"
          title={editingGroup ? `Edit ${editingGroup.name}` : 'New modifier group'}
          onClose={() => setPanel(null)}
        >
          <GroupForm key={editingGroup?.id ?? 'new'} group={editingGroup ?? null} onDone={() => setPanel(null)} />
        </Sheet>
      ) : null}
    </div>
  );
}

/** The editor's shape (tabs, categories, the item rows) while the menu loads. */
function MenuSkeleton() {
  return (
    <SkeletonGroup label="Loading the menu…" className="flex flex-col gap-6">
      <Skeleton shape="line" className="h-11 w-96" />
      <div className="grid grid-cols-[240px_1fr] gap-6">
        <div className="flex flex-col gap-2">
          {[0, 1, 2, 3, 4, 5].map((index) => (
            <Skeleton key={index} className="h-11" />
          ))}
        </div>
        <div className="flex flex-col gap-3">
          <Skeleton shape="line" className="h-8 w-48" />
          {[0, 1, 2, 3, 4].map((index) => (
            <Skeleton key={index} className="h-16" />
          ))}
        </div>
      </div>
    </SkeletonGroup>
  );
}
