// Child-process entry: serves the app's /api route handlers over real HTTP (test/route-table.ts).
// For tests that must kill the process that
// answers requests (crash and failpoint tests), which an in-process handler call cannot do.
// Run with `node --conditions=react-server --import tsx test/process/app-server.ts`; it prints `listening <origin>`.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../route-table';

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
  const body = chunks.length && incoming.method !== 'GET' ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(incoming.url ?? '/', origin), { method: incoming.method, headers, body });
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
