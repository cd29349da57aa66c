import { api } from '@/lib/schemas/api';
import { requestPasswordReset } from '@/lib/server/account/request-password-reset';
import { clientAddress } from '@/lib/server/http/client-address';
import { accountLinkBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';

// POST /api/v1/auth/password-reset – "Forgot password?": always 202, whether or not the email is known
export const POST = route(api.requestPasswordReset, ({ db, body, request, now }) =>
  requestPasswordReset({
    db,
    email: body.email,
    address: clientAddress(request),
    baseUrl: accountLinkBaseUrl(request),
    now,
  }),
);
