import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { getMenu } from '@/lib/server/menu/get-menu';

// GET /api/v1/menu – the location's menu for tills and integrations
export const GET = route(api.menu, ({ db, actor }) => getMenu({ db, actor }));
