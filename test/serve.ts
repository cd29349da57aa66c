// Serves route handlers over real HTTP on a free port, for tests where one part of the app calls
// another by URL (the test bank delivering its webhook, for one), or where what the connection
// itself says matters (its address, its Host header). Like the Next.js process, it stamps each
// request with its connection's address (lib/server/http/peer-stamp.ts).
import { createServer, type IncomingMessage, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stampPeerAddresses } from '@/lib/server/http/peer-stamp';

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(new URL(incoming.url ?? '/', origin), { method: incoming.method, headers, body });
}

/** The route whose path template (`/api/v1/receipts/{token}`) matches, with its params. */
function match(routes: Record<string, Route>, path: string): { route: Route; params: Record<string, string> } | null {
  for (const [template, route] of Object.entries(routes)) {
    const names: string[] = [];
    const pattern = template.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'));
    const found = new RegExp(`^${pattern}$`).exec(path);
    if (found) return { route, params: Object.fromEntries(names.map((name, index) => [name, found[index + 1]!])) };
  }
  return null;
}

/** Starts a server that answers each path in `routes` (exact, or a `{param}` template) and 404s the rest. */
export async function serveRoutes(routes: Record<string, Route>) {
  stampPeerAddresses();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const hits: string[] = [];
  server.on('request', (incoming, outgoing) => {
    void (async () => {
      const request = await toRequest(incoming, origin);
      const path = new URL(request.url).pathname;
      hits.push(path);
      const found = match(routes, path);
      const response = found
        ? await found.route(request, { params: Promise.resolve(found.params) })
        : new Response('not found', { status: 404 });
      const headers: Record<string, string | string[]> = Object.fromEntries(response.headers);
      // Headers folds Set-Cookie lines together; each cookie needs its own.
      if (response.headers.has('set-cookie')) headers['set-cookie'] = response.headers.getSetCookie();
      outgoing.writeHead(response.status, headers);
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => {
      outgoing.writeHead(500);
      outgoing.end();
    });
  });
  return {
    origin,
    port,
    /** The paths requested so far, in order. */
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * One HTTP request from a chosen local address (a till at 127.0.0.5, a phone at 127.0.0.6…), with
 * headers exactly as given: what a device on the network would send.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const outgoing = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: init.method ?? 'GET',
        headers: init.headers,
        localAddress,
        agent: false,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}
