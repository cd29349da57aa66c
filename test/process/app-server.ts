// Child-process entry: serves the app's /api route handlers over real HTTP, routed by their folders
// as Next routes them (`[id]` segments become params). For tests that must kill the process that
// answers requests (crash and failpoint tests), which an in-process handler call cannot do.
// Run with `node --conditions=react-server --import tsx test/process/app-server.ts`; it prints `listening <origin>`.
import { readdirSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { pattern: RegExp; names: string[]; file: string; module?: Record<string, Handler> };

const apiRoot = path.resolve(import.meta.dirname, '../../app/api');

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

const routes = discover(apiRoot);

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
  const body = chunks.length && incoming.method !== 'GET' ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(incoming.url ?? '/', origin), { method: incoming.method, headers, body });
}

async function dispatch(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    route.module ??= (await import(pathToFileURL(route.file).href)) as Record<string, Handler>;
    const handler = route.module[request.method ?? 'GET'];
    if (!handler) return new Response(null, { status: 405 });
    const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
    return handler(request, { params: Promise.resolve(params) });
  }
  return new Response(null, { status: 404 });
}

const server = createServer((incoming, outgoing) => {
  void (async () => {
    const response = await dispatch(await toRequest(incoming, origin));
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  })().catch((error: unknown) => {
    console.error(error);
    outgoing.writeHead(500);
    outgoing.end();
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
console.log(`listening ${origin}`);
