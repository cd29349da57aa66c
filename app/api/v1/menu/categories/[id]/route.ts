import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { saveCategory } from '@/lib/server/menu/save-category';

// PATCH /api/v1/menu/categories/[id] – rename, reorder or archive a category
export const PATCH = route(api.updateCategory, async ({ db, actor, params, body, requestId, now }) => ({
  category: await saveCategory({ db, actor, categoryId: params.id, input: body, requestId, now }),
}));
