import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { saveCategory } from '@/lib/server/menu/save-category';

// POST /api/v1/menu/categories – add a category
export const POST = route(api.createCategory, async ({ db, actor, body, requestId, now }) => ({
  category: await saveCategory({ db, actor, input: body, requestId, now }),
}));
