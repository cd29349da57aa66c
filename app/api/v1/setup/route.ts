import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { completeSetup } from '@/lib/server/setup/complete-setup';
import { isSetupNeeded } from '@/lib/server/setup/is-setup-needed';
import { limitSetupAttempts } from '@/lib/server/setup/limit-setup-attempts';

// GET /api/v1/setup – whether this install still needs its first-run setup (public)
export const GET = route(api.setupStatus, async ({ db }) => ({ needed: await isSetupNeeded(db) }));

// POST /api/v1/setup – first-run setup with the setup link's token (public, limited per address)
export const POST = route(api.completeSetup, async ({ db, body, request, requestId, now }) => {
  await limitSetupAttempts(request, now);
  return completeSetup({ db, input: body, requestId, now });
});
