import { api } from '@/lib/schemas/api';
import { setPasswordWithToken } from '@/lib/server/account/set-password-with-token';
import { clientAddress } from '@/lib/server/http/client-address';
import { route } from '@/lib/server/http/route';

// POST /api/v1/auth/password-reset/confirm – a new password through a reset link; other sessions end
export const POST = route(api.confirmPasswordReset, ({ db, body, request, now }) =>
  setPasswordWithToken({ db, kind: 'PASSWORD_RESET', ...body, address: clientAddress(request), now }),
);
