import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { getMe } from '@/lib/server/session/get-me';

// GET /api/v1/me – who is signed in, their permissions, location and device
export const GET = route(api.me, ({ db, actor }) => getMe({ db, actor }));
