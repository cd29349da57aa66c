import { api } from '@/lib/schemas/api';
import { setPasswordWithToken } from '@/lib/server/account/set-password-with-token';
import { clientAddress } from '@/lib/server/http/client-address';
import { route } from '@/lib/server/http/route';

// POST /api/v1/auth/invite/accept – a first password through an invite link
export const POST = route(api.acceptInvite, ({ db, body, request, now }) =>
  setPasswordWithToken({ db, kind: 'INVITE', ...body, address: clientAddress(request), now }),
);
