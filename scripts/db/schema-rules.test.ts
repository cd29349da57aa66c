// House rules for prisma/schema.prisma that a schema diff cannot see: every reference column is a
// foreign key with an index, and every row of a venue's data carries its location, so a sharded
// PostgreSQL keyed by location (Citus) is a migration, not a redesign.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const schema = readFileSync(path.resolve(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');
const models = [...schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)].map(([, name, body]) => ({
  name: name!,
  body: body!,
}));

/** Tables that are not one venue's data: organisation-wide, routing or the test bank's own books. */
const NOT_LOCATION_DATA = new Set([
  'Organisation',
  'Location',
  'User',
  'AuditChainHead',
  'IdempotencyRecord',
  'WebhookEvent',
  'SandboxBankPayment',
  'SandboxBankRefund',
  'SetupToken',
]);
/**
 * Columns that name a row on purpose without a foreign key: the audit log outlives anything it
 * names (and is append-only), and an ended session's id is the JWT's, not a row's.
 */
const NOT_A_REFERENCE = new Set([
  'AuditLog.organisationId',
  'AuditLog.locationId',
  'AuditLog.actorUserId',
  'AuditLog.deviceId',
  'AuditLog.entityId',
  'AuditLog.approvedById',
  'AuditLog.requestId',
  'OutboxEvent.locationId',
  'WebhookEvent.eventId',
]);

describe('schema rules', () => {
  it('every uuid reference column is a foreign key with an index', () => {
    const problems: string[] = [];
    for (const { name, body } of models) {
      const columns = [...body.matchAll(/^\s+(\w+Id)\s+String\??\s+@db\.Uuid/gm)].map(([, column]) => column!);
      for (const column of columns) {
        if (NOT_A_REFERENCE.has(`${name}.${column}`)) continue;
        if (!new RegExp(`@relation\\([^)]*fields: \\[${column}\\]`).test(body))
          problems.push(`${name}.${column}: no relation`);
        const indexed = new RegExp(`@@(index|unique|id)\\(\\[${column}[,\\]]`).test(body);
        if (!indexed) problems.push(`${name}.${column}: no index starting with it`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every row of a venue’s data carries its locationId', () => {
    // The audit log's may be empty on rows written before every change had a location; it is
    // append-only, so they stay as written.
    const missing = models
      .filter(({ name }) => !NOT_LOCATION_DATA.has(name))
      .filter(
        ({ name, body }) =>
          !(
            name === 'AuditLog' ? /^\s+locationId\s+String\??\s+@db\.Uuid/m : /^\s+locationId\s+String\s+@db\.Uuid/m
          ).test(body),
      )
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });
});
