import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { saveModifierGroup } from '@/lib/server/menu/save-modifier-group';

// PATCH /api/v1/menu/modifier-groups/[id] – edit a modifier group and its options
export const PATCH = route(api.updateModifierGroup, async ({ db, actor, params, body, requestId, now }) => ({
  group: await saveModifierGroup({ db, actor, groupId: params.id, input: body, requestId, now }),
}));
