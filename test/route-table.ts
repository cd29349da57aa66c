// The app's /api route handlers, routed by their folders as Next routes them (`[id]` segments
// become params), for tests that call the API by endpoint name (test/api-client.ts) or serve it
// over real HTTP from a child process (test/process/app-server.ts).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { pattern: RegExp; names: string[]; file: string; module?: Record<string, Handler> };

const apiRoot = path.resolve(import.meta.dirname, '../app/api');

function discover(folder: string, segments: string[] = []): Route[] {
  const routes: Route[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) routes.push(...discover(full, [...segments, entry.name]));
    else if (entry.name === 'route.ts') {
      // next-auth's catch-all needs Next's own runtime; tests sign in by minting the session cookie.
      if (segments.some((segment) => segment.startsWith('[...'))) continue;
      const names = segments.filter((segment) => segment.startsWith('[')).map((segment) => segment.slice(1, -1));
      const source = segments.map((segment) => (segment.startsWith('[') ? '([^/]+)' : segment.replace('.', '\\.')));
      routes.push({ pattern: new RegExp(`^/api/${source.join('/')}$`), names, file: full });
    }
  }
  return routes;
}

let routes: Route[] | undefined;

/** Answers a request with the route handler Next would pick for it (404 when none matches). */
export async function dispatch(request: Request): Promise<Response> {
  // As Next does, a static segment wins over a dynamic one (`devices/current` before `devices/[id]`).
  routes ??= discover(apiRoot).sort((a, b) => a.names.length - b.names.length);
  const { pathname } = new URL(request.url);
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    route.module ??= (await import(pathToFileURL(route.file).href)) as Record<string, Handler>;
    const handler = route.module[request.method];
    if (!handler) return new Response(null, { status: 405 });
    const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
    return handler(request, { params: Promise.resolve(params) });
  }
  return new Response(null, { status: 404 });
}
