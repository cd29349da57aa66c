// npm run bench:statements — counts the SQL statements one create-and-send of a 4-line order
// makes (Prisma's query log, BEGIN/COMMIT included), on an in-memory embedded database.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { permissionsOf } from '@/lib/server/permissions';
import { createOrder } from '@/lib/server/orders/create-order';
import { sendOrder } from '@/lib/server/orders/send-order';
import { DEMO, demoId } from '@/prisma/seed';
import { startEmbeddedDatabase } from '../../scripts/db/embedded.ts';
import { prepareDatabase } from '../../scripts/prepare-database.ts';

const database = await startEmbeddedDatabase({ dataDir: 'memory://' });
try {
  await prepareDatabase(database.url);
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: 1 }),
    log: [{ emit: 'event', level: 'query' }],
  });
  const statements: string[] = [];
  db.$on('query', (event) => statements.push(event.query));
  const actor = {
    userId: demoId('user:manager'),
    name: DEMO.manager.name,
    organisationId: demoId('organisation'),
    locationId: demoId('location'),
    role: 'MANAGER' as const,
    permissions: permissionsOf('MANAGER'),
    deviceId: null,
    sessionVersion: 1,
    sessionId: randomUUID(),
  };
  const lines = [
    {
      itemId: demoId('item:Flat white'),
      quantity: 1,
      modifierIds: [demoId('modifier:milk:Oat milk')],
      note: '',
      course: 1,
    },
    {
      itemId: demoId('item:Full English'),
      quantity: 1,
      modifierIds: [demoId('modifier:eggs:Fried'), demoId('modifier:toast:White')],
      note: '',
      course: 1,
    },
    { itemId: demoId('item:Croissant'), quantity: 2, modifierIds: [], note: '', course: 1 },
    { itemId: demoId('item:Crisps'), quantity: 1, modifierIds: [], note: '', course: 1 },
  ];
  const placeOrder = async () => {
    const { order } = await createOrder({
      db,
      actor,
      input: { type: 'TAKEAWAY', covers: 0, customerName: '', lines },
      requestId: 'bench',
      now: new Date(),
    });
    await sendOrder({ db, actor, orderId: order.id, requestId: 'bench', now: new Date() });
  };
  await placeOrder(); // warm caches
  statements.length = 0;
  await placeOrder();
  const counts = new Map<string, number>();
  for (const sql of statements) {
    const verb = sql.trim().split(/\s+/)[0]!.toUpperCase();
    counts.set(verb, (counts.get(verb) ?? 0) + 1);
  }
  console.log(`SQL statements for one create + send of a 4-line order: ${statements.length}`);
  console.log(Object.fromEntries(counts));
  if (process.argv.includes('--verbose')) for (const sql of statements) console.log(' ', sql.slice(0, 160));
  await db.$disconnect();
} finally {
  await database.stop();
}
