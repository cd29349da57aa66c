// Walks every /api route in the contract × every role (and no session) and checks each answer
// against the one permission table. Grows automatically with each new endpoint; the explicit
// table below makes a change of who-may-do-what a deliberate, reviewed edit.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, type ApiName, type Endpoint } from '@/lib/schemas/api';
import { ROLES, type TRole } from '@/lib/schemas/permissions';
import { canAccess, ROLE_PERMISSIONS } from '@/lib/server/permissions';
import { demo, demoUserFor } from '../factories/staff';
import { call, sessionCookie } from '../http';

type RouteHandler = ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  endpoint?: Endpoint;
};
const modules = import.meta.glob<Record<string, RouteHandler>>(
  ['../../app/api/**/route.ts', '!../../app/api/auth/**'],
  { eager: true },
);

const handlers = Object.values(modules).flatMap((module) =>
  Object.values(module).filter((value): value is RouteHandler => typeof value === 'function' && 'endpoint' in value),
);

/** Who may call what, spelled out. O=owner M=manager S=supervisor C=cashier K=kitchen. */
const EXPECTED: Record<ApiName, string> = {
  health: 'OMSCK',
  me: 'OMSCK',
  setupStatus: 'OMSCK',
  completeSetup: 'OMSCK',
  menu: 'OMSCK',
  pairDevice: 'OM',
  listDevices: 'OM',
  revokeDevice: 'OM',
  renameDevice: 'OM',
  createPairingCode: 'OM',
  pairWithCode: 'OMSCK',
  deactivateStaff: 'OM',
  reactivateStaff: 'OM',
  listStaff: 'OM',
  createStaff: 'OM',
  updateStaff: 'OM',
  inviteStaff: 'OM',
  createTillPinCode: 'OM',
  choosePin: 'OMSCK',
  requestPasswordReset: 'OMSCK',
  confirmPasswordReset: 'OMSCK',
  acceptInvite: 'OMSCK',
  currentDevice: 'OMSCK',
  reportDeviceSync: 'OMSC',
  verifyApproval: 'OMSC',
  auditLog: 'OM',
  tables: 'OMSCK',
  listAreas: 'OMSCK',
  createArea: 'OM',
  updateArea: 'OM',
  deleteArea: 'OM',
  createTable: 'OM',
  updateTable: 'OM',
  deleteTable: 'OM',
  createOrder: 'OMSC',
  listOrders: 'OMSCK',
  getOrder: 'OMSCK',
  addOrderLines: 'OMSC',
  sendOrder: 'OMSC',
  voidOrderLine: 'OMSC',
  voidOrder: 'OMSC',
  updateOrder: 'OMSC',
  updateOrderLine: 'OMSC',
  moveOrder: 'OMSC',
  mergeOrders: 'OMSC',
  fireCourse: 'OMSC',
  addDiscount: 'OMSC',
  listModifierGroups: 'OM',
  createModifierGroup: 'OM',
  updateModifierGroup: 'OM',
  createCategory: 'OM',
  updateCategory: 'OM',
  createItem: 'OM',
  updateItem: 'OM',
  importMenu: 'OM',
  exportMenu: 'OM',
  createStation: 'OM',
  updateStation: 'OM',
  kitchenTickets: 'OMSCK',
  takePayment: 'OMSC',
  refundPayment: 'OMSC',
  receipt: 'OMSCK',
  receiptLink: 'OMSCK',
  emailReceipt: 'OMSCK',
  getSettings: 'OM',
  updateSettings: 'OM',
  createCheckout: 'OMSC',
  getCheckout: 'OMSC',
  cancelCheckout: 'OMSC',
  publicCheckout: 'OMSCK',
  payByBank: 'OMSCK',
  payByCard: 'OMSCK',
  listRefundReview: 'OMS',
  listCashSessions: 'OMSC',
  openCashSession: 'OMSC',
  cashMovement: 'OMSC',
  closeCashSession: 'OMSC',
  zReport: 'OMS',
  xReport: 'OMS',
  startTicket: 'OMSK',
  bumpTicket: 'OMSK',
  recallTicket: 'OMSK',
  realtimeToken: 'OMSCK',
  events: 'OMSCK',
  openapi: 'OMSCK',
};
const LETTER: Record<TRole, string> = { OWNER: 'O', MANAGER: 'M', SUPERVISOR: 'S', CASHIER: 'C', KITCHEN: 'K' };

function pathOf(endpoint: Endpoint) {
  return endpoint.path.replace('{id}', randomUUID());
}

describe('permissions: every route × every role', () => {
  it('every endpoint in the contract has exactly one route handler, and every handler is in the contract', () => {
    const contract = Object.values(api);
    const served = handlers.map((handler) => handler.endpoint);
    for (const endpoint of contract)
      expect(
        served.filter((e) => e === endpoint),
        `${endpoint.method} ${endpoint.path}`,
      ).toHaveLength(1);
    for (const endpoint of served) expect(contract).toContain(endpoint);
  });

  it('the explicit table matches the role → permission table', () => {
    for (const [name, endpoint] of Object.entries(api) as [ApiName, Endpoint][]) {
      const allowed = ROLES.filter((role) => canAccess(role, endpoint.access))
        .map((role) => LETTER[role])
        .join('');
      expect(allowed, name).toBe(EXPECTED[name]);
    }
  });

  it('only owners and managers hold every permission', () => {
    expect(ROLES.filter((role) => ROLE_PERMISSIONS[role].length === ROLE_PERMISSIONS.OWNER.length)).toEqual([
      'OWNER',
      'MANAGER',
    ]);
  });

  for (const handler of handlers) {
    const endpoint = handler.endpoint!;
    const label = `${endpoint.method} ${endpoint.path}`;

    if (endpoint.access !== 'public') {
      it(`${label}: no session → 401 with the error body`, async () => {
        const response = await call(handler, {
          method: endpoint.method,
          path: pathOf(endpoint),
          body: endpoint.body ? {} : undefined,
          params: { id: randomUUID(), lineId: randomUUID() },
        });
        expect(response.status).toBe(401);
        expect(response.body.error?.code).toBe('UNAUTHENTICATED');
      });
    }

    for (const role of ROLES) {
      const allowed = canAccess(role, endpoint.access);
      it(`${label}: ${role.toLowerCase()} → ${allowed ? 'allowed' : '403'}`, async () => {
        const cookie = await sessionCookie({ userId: demoUserFor(role), locationId: demo.locationId });
        const response = await call(handler, {
          method: endpoint.method,
          path: pathOf(endpoint),
          body: endpoint.body ? {} : undefined,
          cookie,
          params: { id: randomUUID(), lineId: randomUUID() },
        });
        if (allowed) {
          expect([401, 403], JSON.stringify(response.body)).not.toContain(response.status);
          expect(response.status).toBeLessThan(500);
        } else {
          expect(response.status).toBe(403);
          expect(response.body.error?.code).toBe('FORBIDDEN');
        }
      });
    }
  }
});
