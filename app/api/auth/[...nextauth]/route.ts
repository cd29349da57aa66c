// GET|POST /api/auth/* – next-auth: csrf, session, callback/password, callback/pin, signout
import { handlers } from '@/lib/server/auth/next-auth';

export const { GET, POST } = handlers;
