import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { exportMenu } from '@/lib/server/menu/export-menu';

// GET /api/v1/menu/export – download the menu as CSV
export const GET = route(api.exportMenu, async ({ db, actor, headers }) => {
  const { csv, filename } = await exportMenu({ db, actor });
  headers.set('content-disposition', `attachment; filename="${filename}"`);
  return csv;
});
