// npm run db:migrate: applies pending migrations to DATABASE_URL and, if it is empty, seeds the demo
// café (pass --no-seed to skip). For deployments that run migrations before starting the app.
import { getEnv, loadDotEnv, shouldSeedDemo } from '@/lib/env';
import { applyMigrations } from './migrate.ts';
import { prepareDatabase } from '../prepare-database.ts';

loadDotEnv();
const url = getEnv().DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. (The embedded database is migrated by `npm start` itself.)');
  process.exit(2);
}
if (process.argv.includes('--no-seed')) {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Up to date.');
} else {
  await prepareDatabase(url, (line) => console.log(line), { seed: shouldSeedDemo() });
  console.log('Database ready.');
}
