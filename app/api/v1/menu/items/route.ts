import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { saveItem } from '@/lib/server/menu/save-item';

// POST /api/v1/menu/items – add an item
export const POST = route(api.createItem, async ({ db, actor, body, requestId, now }) => ({
  item: await saveItem({ db, actor, input: body, requestId, now }),
}));
