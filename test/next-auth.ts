// Signs in and out through next-auth's own route handler, as the browser's next-auth client does,
// keeping cookies across its redirects: for tests of the real PIN and password sign-in.
import { NextRequest } from 'next/server';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { BASE_URL } from './http';

/** A browser's cookies, kept across next-auth's redirects as a browser would. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  set(name: string, value: string) {
    this.cookies.set(name, value);
  }

  get(name: string) {
    return this.cookies.get(name);
  }

  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  absorb(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || /max-age=0\b/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Calls next-auth's route handler the way the browser's next-auth client does. */
export async function auth(jar: CookieJar, path: string, form?: Record<string, string>) {
  const request = new NextRequest(`${BASE_URL}/api/auth/${path}`, {
    method: form ? 'POST' : 'GET',
    headers: {
      cookie: jar.header(),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded', 'x-auth-return-redirect': '1' } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  const response = await (form ? authPost(request) : authGet(request));
  jar.absorb(response);
  return response;
}

export async function csrfToken(jar: CookieJar): Promise<string> {
  const body: unknown = await (await auth(jar, 'csrf')).json();
  if (typeof body !== 'object' || body === null || !('csrfToken' in body) || typeof body.csrfToken !== 'string')
    throw new Error('next-auth gave no csrfToken');
  return body.csrfToken;
}
