import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { loadModifierGroups, saveModifierGroup } from '@/lib/server/menu/save-modifier-group';
import { assertPermission } from '@/lib/server/permissions';

// GET /api/v1/menu/modifier-groups – groups and options for the menu editor
export const GET = route(api.listModifierGroups, async ({ db, actor }) => {
  assertPermission(actor, 'menu:manage');
  return { groups: await loadModifierGroups(db, actor.locationId) };
});

// POST /api/v1/menu/modifier-groups – add a modifier group
export const POST = route(api.createModifierGroup, async ({ db, actor, body, requestId, now }) => ({
  group: await saveModifierGroup({ db, actor, input: body, requestId, now }),
}));
