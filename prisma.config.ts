// Prisma CLI configuration. Only `prisma generate` is used from the CLI (it works offline);
// migrations are made and applied by scripts/db, see README "Database".
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
