'use client';

import { z } from 'zod';
import { ZOrderType } from '@/lib/schemas/orders';

const STORAGE_KEY = 'fynlo.till.current-order';

const ZOrderDraft = z.object({
  type: ZOrderType,
  tableId: z.uuid().nullable(),
  tableName: z.string().nullable(),
  covers: z.number().int().min(0),
});
/** An order the till has chosen a type (and table) for but the server does not have yet. */
export type OrderDraft = z.infer<typeof ZOrderDraft>;

const ZCurrentOrder = z.object({ orderId: z.uuid(), draft: ZOrderDraft.nullable() });
/**
 * The order this till is ringing up. The id is made here, so the first item tap can create the
 * order under it and later taps can queue lines for it before the server has answered.
 */
export type CurrentOrder = z.infer<typeof ZCurrentOrder>;

const listeners = new Set<() => void>();
let cached: { raw: string | null; value: CurrentOrder | null } | null = null;

function read(): CurrentOrder | null {
  const raw = window.sessionStorage.getItem(STORAGE_KEY);
  if (cached?.raw === raw) return cached.value;
  let value: CurrentOrder | null = null;
  try {
    const parsed = ZCurrentOrder.safeParse(raw ? JSON.parse(raw) : null);
    value = parsed.success ? parsed.data : null;
  } catch {
    value = null;
  }
  cached = { raw, value };
  return value;
}

/** Kept in sessionStorage so a reload (or an idle lock and PIN) comes back to the same order. */
export const currentOrderStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: read,
  getServerSnapshot: (): CurrentOrder | null => null,
  set(value: CurrentOrder | null) {
    if (value) window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    else window.sessionStorage.removeItem(STORAGE_KEY);
    for (const listener of listeners) listener();
  },
};
