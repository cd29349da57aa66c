// The v1 API contract: every endpoint's method, path, required permission and schemas. Route
// handlers are built from these entries, the OpenAPI document is generated from them, and the
// permission test walks them, so the three cannot drift apart.
import { z } from 'zod';
import { ZAuditLogQuery, ZAuditLogResponse } from './audit';
import { ZIdParams } from './common';
import { ZCurrentDeviceResponse, ZDeviceListResponse, ZDeviceResponse, ZPairDeviceBody } from './devices';
import {
  ZBumpTicketBody,
  ZKitchenTicketResponse,
  ZKitchenTicketsQuery,
  ZKitchenTicketsResponse,
  ZTicketParams,
} from './kitchen';
import { ZMenuResponse, ZTablesResponse } from './menu';
import {
  ZCategoryResponse,
  ZCreateCategoryBody,
  ZCreateItemBody,
  ZCreateModifierGroupBody,
  ZItemResponse,
  ZModifierGroupResponse,
  ZModifierGroupsResponse,
  ZStationBody,
  ZStationResponse,
  ZUpdateCategoryBody,
  ZUpdateItemBody,
  ZUpdateModifierGroupBody,
} from './menu-admin';
import {
  ZAddDiscountBody,
  ZAddLinesBody,
  ZCreateOrderBody,
  ZFireCourseBody,
  ZMergeOrderBody,
  ZMoveOrderBody,
  ZUpdateOrderBody,
  ZUpdateOrderLineBody,
  ZOrderLineParams,
  ZOrderListQuery,
  ZOrderListResponse,
  ZOrderParams,
  ZOrderResponse,
  ZSendOrderBody,
  ZSendOrderResponse,
  ZVoidLineBody,
  ZVoidOrderBody,
} from './orders';
import type { TPermission } from './permissions';
import { ZEventsQuery, ZEventsResponse, ZRealtimeTokenResponse } from './realtime';
import { ZHealthResponse, ZMeResponse, ZVerifyApprovalBody, ZVerifyApprovalResponse } from './session';

/**
 * Who may call an endpoint: anyone (`public`), anyone signed in (`session`), or holders of a
 * permission.
 */
export type Access = 'public' | 'session' | TPermission;

export type Endpoint = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  summary: string;
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** 'required': the request must carry an Idempotency-Key; 'optional': honoured when present. */
  idempotency?: 'required' | 'optional';
  successStatus?: 200 | 201;
};

function endpoint<const E extends Endpoint>(definition: E): E {
  return definition;
}

export const api = {
  health: endpoint({
    method: 'GET',
    path: '/api/health',
    summary: 'Liveness and database readiness (503 until the database answers)',
    access: 'public',
    response: ZHealthResponse,
  }),
  me: endpoint({
    method: 'GET',
    path: '/api/v1/me',
    summary: 'The signed-in person, their role, permissions, location and device',
    access: 'session',
    response: ZMeResponse,
  }),
  menu: endpoint({
    method: 'GET',
    path: '/api/v1/menu',
    summary: "The location's menu: categories, items, modifier groups, stations",
    access: 'menu:read',
    response: ZMenuResponse,
  }),
  pairDevice: endpoint({
    method: 'POST',
    path: '/api/v1/devices/pair',
    summary: 'Pair this browser as a till or kitchen screen (sets the device cookie)',
    access: 'devices:manage',
    body: ZPairDeviceBody,
    response: ZDeviceResponse,
    successStatus: 201,
  }),
  listDevices: endpoint({
    method: 'GET',
    path: '/api/v1/devices',
    summary: 'Paired devices at this location',
    access: 'devices:manage',
    response: ZDeviceListResponse,
  }),
  revokeDevice: endpoint({
    method: 'POST',
    path: '/api/v1/devices/{id}/revoke',
    summary: 'Revoke a device: PIN sign-in stops at once and its sessions are refused',
    access: 'devices:manage',
    params: ZIdParams,
    response: ZDeviceResponse,
    idempotency: 'optional',
  }),
  currentDevice: endpoint({
    method: 'GET',
    path: '/api/v1/devices/current',
    summary: 'The device this browser is paired as (from its device cookie), for the PIN pad',
    access: 'public',
    response: ZCurrentDeviceResponse,
  }),
  verifyApproval: endpoint({
    method: 'POST',
    path: '/api/v1/approvals/verify',
    summary: "Check a manager's PIN before an action that needs approval",
    access: 'orders:write',
    body: ZVerifyApprovalBody,
    response: ZVerifyApprovalResponse,
  }),
  auditLog: endpoint({
    method: 'GET',
    path: '/api/v1/audit-log',
    summary: 'Recent audit entries, newest first, with the hash-chain check',
    access: 'audit:read',
    query: ZAuditLogQuery,
    response: ZAuditLogResponse,
  }),
  tables: endpoint({
    method: 'GET',
    path: '/api/v1/tables',
    summary: 'The floor plan: areas and their tables, laid out as in the office',
    access: 'orders:read',
    response: ZTablesResponse,
  }),
  createOrder: endpoint({
    method: 'POST',
    path: '/api/v1/orders',
    summary: 'Open an order (client UUID optional), priced from the menu; client prices are ignored',
    access: 'orders:write',
    body: ZCreateOrderBody,
    response: ZOrderResponse,
    idempotency: 'required',
    successStatus: 201,
  }),
  listOrders: endpoint({
    method: 'GET',
    path: '/api/v1/orders',
    summary: 'Orders at this location (default: open, sent and part-paid), by table or by staff',
    access: 'orders:read',
    query: ZOrderListQuery,
    response: ZOrderListResponse,
  }),
  getOrder: endpoint({
    method: 'GET',
    path: '/api/v1/orders/{id}',
    summary: 'One order with lines and totals',
    access: 'orders:read',
    params: ZOrderParams,
    response: ZOrderResponse,
  }),
  addOrderLines: endpoint({
    method: 'POST',
    path: '/api/v1/orders/{id}/lines',
    summary: 'Add items; `version` makes a stale edit from another till a 409',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZAddLinesBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  sendOrder: endpoint({
    method: 'POST',
    path: '/api/v1/orders/{id}/send',
    summary: 'Send unsent lines of fired courses to the kitchen: one ticket per station',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZSendOrderBody,
    response: ZSendOrderResponse,
    idempotency: 'optional',
  }),
  voidOrderLine: endpoint({
    method: 'POST',
    path: '/api/v1/orders/{id}/lines/{lineId}/void',
    summary: 'Void a line: free before it is sent; after, a reason and a manager approval',
    access: 'orders:write',
    params: ZOrderLineParams,
    body: ZVoidLineBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  voidOrder: endpoint({
    method: 'POST',
    path: '/api/v1/orders/{id}/void',
    summary: 'Void an unpaid order (manager approval once anything was sent)',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZVoidOrderBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  updateOrder: endpoint({
    method: 'PATCH',
    path: '/api/v1/orders/{id}',
    summary: 'Change covers or the customer name',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZUpdateOrderBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  updateOrderLine: endpoint({
    method: 'PATCH',
    path: '/api/v1/orders/{id}/lines/{lineId}',
    summary: 'Change quantity, note, seat or course of a line not yet sent',
    access: 'orders:write',
    params: ZOrderLineParams,
    body: ZUpdateOrderLineBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  moveOrder: endpoint({
    method: 'POST',
    path: '/api/v1/orders/{id}/move',
    summary: 'Move a dine-in order to another table',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZMoveOrderBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  mergeOrders: endpoint({
    method: 'POST',
    path: '/api/v1/orders/{id}/merge',
    summary: 'Merge another open order (table) into this one',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZMergeOrderBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  fireCourse: endpoint({
    method: 'POST',
    path: '/api/v1/orders/{id}/fire',
    summary: 'Fire a held course: its lines go to the kitchen now',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZFireCourseBody,
    response: ZSendOrderResponse,
    idempotency: 'optional',
  }),
  addDiscount: endpoint({
    method: 'POST',
    path: '/api/v1/orders/{id}/discounts',
    summary: "Discount a line or the order; above the role's limit a manager approves with their PIN",
    access: 'orders:write',
    params: ZOrderParams,
    body: ZAddDiscountBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  listModifierGroups: endpoint({
    method: 'GET',
    path: '/api/v1/menu/modifier-groups',
    summary: 'Modifier groups with their options and how many items use them (back office)',
    access: 'menu:manage',
    response: ZModifierGroupsResponse,
  }),
  createModifierGroup: endpoint({
    method: 'POST',
    path: '/api/v1/menu/modifier-groups',
    summary: 'Add a modifier group with min/max rules and options',
    access: 'menu:manage',
    body: ZCreateModifierGroupBody,
    response: ZModifierGroupResponse,
    successStatus: 201,
  }),
  updateModifierGroup: endpoint({
    method: 'PATCH',
    path: '/api/v1/menu/modifier-groups/{id}',
    summary: 'Edit a modifier group; `modifiers` replaces the options',
    access: 'menu:manage',
    params: ZIdParams,
    body: ZUpdateModifierGroupBody,
    response: ZModifierGroupResponse,
  }),
  createCategory: endpoint({
    method: 'POST',
    path: '/api/v1/menu/categories',
    summary: 'Add a menu category',
    access: 'menu:manage',
    body: ZCreateCategoryBody,
    response: ZCategoryResponse,
    successStatus: 201,
  }),
  updateCategory: endpoint({
    method: 'PATCH',
    path: '/api/v1/menu/categories/{id}',
    summary: 'Rename, reorder or archive a category',
    access: 'menu:manage',
    params: ZIdParams,
    body: ZUpdateCategoryBody,
    response: ZCategoryResponse,
  }),
  createItem: endpoint({
    method: 'POST',
    path: '/api/v1/menu/items',
    summary: 'Add a menu item',
    access: 'menu:manage',
    body: ZCreateItemBody,
    response: ZItemResponse,
    successStatus: 201,
  }),
  updateItem: endpoint({
    method: 'PATCH',
    path: '/api/v1/menu/items/{id}',
    summary: "Edit an item; `isAvailable: false` 86's it on every till at once",
    access: 'menu:manage',
    params: ZIdParams,
    body: ZUpdateItemBody,
    response: ZItemResponse,
  }),
  createStation: endpoint({
    method: 'POST',
    path: '/api/v1/stations',
    summary: 'Add a kitchen or bar station',
    access: 'menu:manage',
    body: ZStationBody,
    response: ZStationResponse,
    successStatus: 201,
  }),
  updateStation: endpoint({
    method: 'PATCH',
    path: '/api/v1/stations/{id}',
    summary: 'Rename a station',
    access: 'menu:manage',
    params: ZIdParams,
    body: ZStationBody,
    response: ZStationResponse,
  }),
  kitchenTickets: endpoint({
    method: 'GET',
    path: '/api/v1/kitchen/tickets',
    summary: 'Tickets on the pass in arrival order, for one station (?stationId=) or all',
    access: 'kitchen:read',
    query: ZKitchenTicketsQuery,
    response: ZKitchenTicketsResponse,
  }),
  startTicket: endpoint({
    method: 'POST',
    path: '/api/v1/kitchen/tickets/{id}/start',
    summary: 'The kitchen has started a ticket (its prep time runs from here)',
    access: 'kitchen:bump',
    params: ZTicketParams,
    response: ZKitchenTicketResponse,
  }),
  bumpTicket: endpoint({
    method: 'POST',
    path: '/api/v1/kitchen/tickets/{id}/bump',
    summary: 'Bump a ticket off the screen (ready), or with lineIds only those items',
    access: 'kitchen:bump',
    params: ZTicketParams,
    body: ZBumpTicketBody,
    response: ZKitchenTicketResponse,
  }),
  recallTicket: endpoint({
    method: 'POST',
    path: '/api/v1/kitchen/tickets/{id}/recall',
    summary: 'Bring a bumped ticket back onto the screen',
    access: 'kitchen:bump',
    params: ZTicketParams,
    response: ZKitchenTicketResponse,
  }),
  realtimeToken: endpoint({
    method: 'GET',
    path: '/api/v1/realtime/token',
    summary: 'A short-lived token and the URL for the socket.io handshake (auth: { token, lastSeq })',
    access: 'session',
    response: ZRealtimeTokenResponse,
  }),
  events: endpoint({
    method: 'GET',
    path: '/api/v1/events',
    summary: "The location's committed events after a seq, in order (what the socket delivers)",
    access: 'session',
    query: ZEventsQuery,
    response: ZEventsResponse,
  }),
  openapi: endpoint({
    method: 'GET',
    path: '/api/v1/openapi.json',
    summary: 'This document',
    access: 'public',
    response: z.record(z.string(), z.unknown()),
  }),
} as const satisfies Record<string, Endpoint>;

export type ApiName = keyof typeof api;
