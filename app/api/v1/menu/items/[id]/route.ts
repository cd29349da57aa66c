import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { saveItem } from '@/lib/server/menu/save-item';

// PATCH /api/v1/menu/items/[id] – edit an item, or 86 it (isAvailable: false)
export const PATCH = route(api.updateItem, async ({ db, actor, params, body, requestId, now }) => ({
  item: await saveItem({ db, actor, itemId: params.id, input: body, requestId, now }),
}));
