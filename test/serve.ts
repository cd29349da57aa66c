// Serves route handlers over real HTTP on a free port, for tests where one part of the app calls
// another by URL (the test bank delivering its webhook, for one).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

type Route = (request: Request) => Promise<Response>;

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

/** Starts a server that answers each path in `routes` (exact match) and 404s the rest. */
export async function serveRoutes(routes: Record<string, Route>) {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const hits: string[] = [];
  server.on('request', (incoming, outgoing) => {
    void (async () => {
      const request = await toRequest(incoming, origin);
      const path = new URL(request.url).pathname;
      hits.push(path);
      const route = routes[path];
      const response = route ? await route(request) : new Response('not found', { status: 404 });
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => {
      outgoing.writeHead(500);
      outgoing.end();
    });
  });
  return {
    origin,
    /** The paths requested so far, in order. */
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
