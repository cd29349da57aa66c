// The v1 API contract: every endpoint's method, path, required permission and schemas. Route
// handlers are built from these entries, the OpenAPI document is generated from them, and the
// permission test walks them, so the three cannot drift apart.
import { z } from 'zod';
import { API_ROUTES, type ApiMethod } from './api-routes';
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
  ZImportMenuBody,
  ZImportMenuResponse,
  ZItemResponse,
  ZMenuCsv,
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
import {
  ZCashMovementBody,
  ZCashSessionListQuery,
  ZCashSessionListResponse,
  ZRefundReviewResponse,
  ZCashSessionResponse,
  ZCloseCashSessionBody,
  ZDayReport,
  ZDayReportQuery,
  ZOpenCashSessionBody,
  ZPaymentResponse,
  ZRefundBody,
  ZRefundResponse,
  ZTakePaymentBody,
} from './payments';
import {
  ZCheckoutResponse,
  ZCheckoutTokenParams,
  ZCreateCheckoutBody,
  ZPayByBankBody,
  ZCardPaymentBody,
  ZCardPaymentResponse,
  ZPayByBankResponse,
  ZPublicCheckoutQuery,
  ZPublicCheckoutResponse,
} from './checkout';
import type { TPermission } from './permissions';
import { ZLocationSettingsResponse, ZUpdateLocationSettingsBody } from './settings';
import { ZStaffMemberResponse } from './staff';
import {
  ZEmailReceiptBody,
  ZEmailReceiptResponse,
  ZReceiptLinkResponse,
  ZReceiptParams,
  ZReceiptResponse,
} from './receipts';
import { ZEventsQuery, ZEventsResponse, ZRealtimeTokenResponse } from './realtime';
import { ZHealthResponse, ZMeResponse, ZVerifyApprovalBody, ZVerifyApprovalResponse } from './session';

/**
 * Who may call an endpoint: anyone (`public`), anyone signed in (`session`), or holders of a
 * permission.
 */
export type Access = 'public' | 'session' | TPermission;

export type Endpoint = {
  method: ApiMethod;
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
  /**
   * What a success answers with, when not JSON: the handler returns the body as a string (checked
   * against `response`) and the route wrapper sends it with this content type (see `route()`).
   */
  responseType?: 'text/csv';
};

function endpoint<const E extends Endpoint>(definition: E): E {
  return definition;
}

export const api = {
  health: endpoint({
    ...API_ROUTES.health,
    summary: 'Liveness and database readiness (503 until the database answers)',
    access: 'public',
    response: ZHealthResponse,
  }),
  me: endpoint({
    ...API_ROUTES.me,
    summary: 'The signed-in person, their role, permissions, location and device',
    access: 'session',
    response: ZMeResponse,
  }),
  menu: endpoint({
    ...API_ROUTES.menu,
    summary: "The location's menu: categories, items, modifier groups, stations",
    access: 'menu:read',
    response: ZMenuResponse,
  }),
  pairDevice: endpoint({
    ...API_ROUTES.pairDevice,
    summary: 'Pair this browser as a till or kitchen screen (sets the device cookie)',
    access: 'devices:manage',
    body: ZPairDeviceBody,
    response: ZDeviceResponse,
    successStatus: 201,
  }),
  listDevices: endpoint({
    ...API_ROUTES.listDevices,
    summary: 'Paired devices at this location',
    access: 'devices:manage',
    response: ZDeviceListResponse,
  }),
  revokeDevice: endpoint({
    ...API_ROUTES.revokeDevice,
    summary: 'Revoke a device: PIN sign-in stops at once and its sessions are refused',
    access: 'devices:manage',
    params: ZIdParams,
    response: ZDeviceResponse,
    idempotency: 'optional',
  }),
  deactivateStaff: endpoint({
    ...API_ROUTES.deactivateStaff,
    summary: 'Switch a member of staff off: sign-in stops and every session of theirs ends at once',
    access: 'staff:manage',
    params: ZIdParams,
    response: ZStaffMemberResponse,
    idempotency: 'optional',
  }),
  reactivateStaff: endpoint({
    ...API_ROUTES.reactivateStaff,
    summary: 'Let a deactivated member of staff sign in again (their old sessions stay ended)',
    access: 'staff:manage',
    params: ZIdParams,
    response: ZStaffMemberResponse,
    idempotency: 'optional',
  }),
  currentDevice: endpoint({
    ...API_ROUTES.currentDevice,
    summary: 'The device this browser is paired as (from its device cookie), for the PIN pad',
    access: 'public',
    response: ZCurrentDeviceResponse,
  }),
  verifyApproval: endpoint({
    ...API_ROUTES.verifyApproval,
    summary: "Check a manager's PIN before an action that needs approval",
    access: 'orders:write',
    body: ZVerifyApprovalBody,
    response: ZVerifyApprovalResponse,
  }),
  auditLog: endpoint({
    ...API_ROUTES.auditLog,
    summary: 'Recent audit entries, newest first, with the hash-chain check',
    access: 'audit:read',
    query: ZAuditLogQuery,
    response: ZAuditLogResponse,
  }),
  tables: endpoint({
    ...API_ROUTES.tables,
    summary: 'The floor plan: areas and their tables, laid out as in the office',
    access: 'orders:read',
    response: ZTablesResponse,
  }),
  createOrder: endpoint({
    ...API_ROUTES.createOrder,
    summary: 'Open an order (client UUID optional), priced from the menu; client prices are ignored',
    access: 'orders:write',
    body: ZCreateOrderBody,
    response: ZOrderResponse,
    idempotency: 'required',
    successStatus: 201,
  }),
  listOrders: endpoint({
    ...API_ROUTES.listOrders,
    summary: 'Orders at this location (default: open, sent and part-paid), by table or by staff',
    access: 'orders:read',
    query: ZOrderListQuery,
    response: ZOrderListResponse,
  }),
  getOrder: endpoint({
    ...API_ROUTES.getOrder,
    summary: 'One order with lines and totals',
    access: 'orders:read',
    params: ZOrderParams,
    response: ZOrderResponse,
  }),
  addOrderLines: endpoint({
    ...API_ROUTES.addOrderLines,
    summary: 'Add items; `version` makes a stale edit from another till a 409',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZAddLinesBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  sendOrder: endpoint({
    ...API_ROUTES.sendOrder,
    summary: 'Send unsent lines of fired courses to the kitchen: one ticket per station',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZSendOrderBody,
    response: ZSendOrderResponse,
    idempotency: 'optional',
  }),
  voidOrderLine: endpoint({
    ...API_ROUTES.voidOrderLine,
    summary: 'Void a line: free before it is sent; after, a reason and a manager approval',
    access: 'orders:write',
    params: ZOrderLineParams,
    body: ZVoidLineBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  voidOrder: endpoint({
    ...API_ROUTES.voidOrder,
    summary: 'Void an unpaid order (manager approval once anything was sent)',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZVoidOrderBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  updateOrder: endpoint({
    ...API_ROUTES.updateOrder,
    summary: 'Change covers or the customer name',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZUpdateOrderBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  updateOrderLine: endpoint({
    ...API_ROUTES.updateOrderLine,
    summary: 'Change quantity, note, seat or course of a line not yet sent',
    access: 'orders:write',
    params: ZOrderLineParams,
    body: ZUpdateOrderLineBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  moveOrder: endpoint({
    ...API_ROUTES.moveOrder,
    summary: 'Move a dine-in order to another table',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZMoveOrderBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  mergeOrders: endpoint({
    ...API_ROUTES.mergeOrders,
    summary: 'Merge another open order (table) into this one',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZMergeOrderBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  fireCourse: endpoint({
    ...API_ROUTES.fireCourse,
    summary: 'Fire a held course: its lines go to the kitchen now',
    access: 'orders:write',
    params: ZOrderParams,
    body: ZFireCourseBody,
    response: ZSendOrderResponse,
    idempotency: 'optional',
  }),
  addDiscount: endpoint({
    ...API_ROUTES.addDiscount,
    summary: "Discount a line or the order; above the role's limit a manager approves with their PIN",
    access: 'orders:write',
    params: ZOrderParams,
    body: ZAddDiscountBody,
    response: ZOrderResponse,
    idempotency: 'optional',
  }),
  listModifierGroups: endpoint({
    ...API_ROUTES.listModifierGroups,
    summary: 'Modifier groups with their options and how many items use them (back office)',
    access: 'menu:manage',
    response: ZModifierGroupsResponse,
  }),
  createModifierGroup: endpoint({
    ...API_ROUTES.createModifierGroup,
    summary: 'Add a modifier group with min/max rules and options',
    access: 'menu:manage',
    body: ZCreateModifierGroupBody,
    response: ZModifierGroupResponse,
    successStatus: 201,
  }),
  updateModifierGroup: endpoint({
    ...API_ROUTES.updateModifierGroup,
    summary: 'Edit a modifier group; `modifiers` replaces the options',
    access: 'menu:manage',
    params: ZIdParams,
    body: ZUpdateModifierGroupBody,
    response: ZModifierGroupResponse,
  }),
  createCategory: endpoint({
    ...API_ROUTES.createCategory,
    summary: 'Add a menu category',
    access: 'menu:manage',
    body: ZCreateCategoryBody,
    response: ZCategoryResponse,
    successStatus: 201,
  }),
  updateCategory: endpoint({
    ...API_ROUTES.updateCategory,
    summary: 'Rename, reorder or archive a category',
    access: 'menu:manage',
    params: ZIdParams,
    body: ZUpdateCategoryBody,
    response: ZCategoryResponse,
  }),
  createItem: endpoint({
    ...API_ROUTES.createItem,
    summary: 'Add a menu item',
    access: 'menu:manage',
    body: ZCreateItemBody,
    response: ZItemResponse,
    successStatus: 201,
  }),
  updateItem: endpoint({
    ...API_ROUTES.updateItem,
    summary: "Edit an item; `isAvailable: false` 86's it on every till at once",
    access: 'menu:manage',
    params: ZIdParams,
    body: ZUpdateItemBody,
    response: ZItemResponse,
  }),
  importMenu: endpoint({
    ...API_ROUTES.importMenu,
    summary:
      'Import the menu from CSV: every row checked first, then all applied in one change or none; `dryRun` only counts',
    access: 'menu:manage',
    body: ZImportMenuBody,
    response: ZImportMenuResponse,
    idempotency: 'optional',
  }),
  exportMenu: endpoint({
    ...API_ROUTES.exportMenu,
    summary: 'The menu as a CSV file (text/csv), one row per item, in the columns the import reads',
    access: 'menu:manage',
    response: ZMenuCsv,
    responseType: 'text/csv',
  }),
  createStation: endpoint({
    ...API_ROUTES.createStation,
    summary: 'Add a kitchen or bar station',
    access: 'menu:manage',
    body: ZStationBody,
    response: ZStationResponse,
    successStatus: 201,
  }),
  updateStation: endpoint({
    ...API_ROUTES.updateStation,
    summary: 'Rename a station',
    access: 'menu:manage',
    params: ZIdParams,
    body: ZStationBody,
    response: ZStationResponse,
  }),
  kitchenTickets: endpoint({
    ...API_ROUTES.kitchenTickets,
    summary: 'Tickets on the pass in arrival order, for one station (?stationId=) or all',
    access: 'kitchen:read',
    query: ZKitchenTicketsQuery,
    response: ZKitchenTicketsResponse,
  }),
  takePayment: endpoint({
    ...API_ROUTES.takePayment,
    summary: 'Take a cash payment (never more than is due); the order closes when nothing is left due',
    access: 'payments:take',
    params: ZIdParams,
    body: ZTakePaymentBody,
    response: ZPaymentResponse,
    idempotency: 'required',
    successStatus: 201,
  }),
  refundPayment: endpoint({
    ...API_ROUTES.refundPayment,
    summary: "Refund (part of) a payment to its method; above the cashier's limit with a manager's PIN",
    access: 'payments:take',
    params: ZIdParams,
    body: ZRefundBody,
    response: ZRefundResponse,
    idempotency: 'required',
    successStatus: 201,
  }),
  receipt: endpoint({
    ...API_ROUTES.receipt,
    summary: "The customer's receipt behind an unguessable token (public; rate-limited)",
    access: 'public',
    params: ZReceiptParams,
    response: ZReceiptResponse,
  }),
  receiptLink: endpoint({
    ...API_ROUTES.receiptLink,
    summary: "An order's receipt link and its QR code (SVG), once something has been paid",
    access: 'orders:read',
    params: ZIdParams,
    response: ZReceiptLinkResponse,
  }),
  emailReceipt: endpoint({
    ...API_ROUTES.emailReceipt,
    summary: 'Email the receipt to the customer (when SMTP_URL is set up; 409 otherwise)',
    access: 'orders:read',
    params: ZIdParams,
    body: ZEmailReceiptBody,
    response: ZEmailReceiptResponse,
  }),
  getSettings: endpoint({
    ...API_ROUTES.getSettings,
    summary: "The location's settings: venue and receipt details, tips, service charge, limits, kitchen timers",
    access: 'settings:manage',
    response: ZLocationSettingsResponse,
  }),
  updateSettings: endpoint({
    ...API_ROUTES.updateSettings,
    summary: 'Change some of the location’s settings (audited)',
    access: 'settings:manage',
    body: ZUpdateLocationSettingsBody,
    response: ZLocationSettingsResponse,
  }),
  createCheckout: endpoint({
    ...API_ROUTES.createCheckout,
    summary: 'A QR checkout for what is due (or a share): token, pay URL, QR code (SVG), 15-minute expiry',
    access: 'payments:take',
    params: ZIdParams,
    body: ZCreateCheckoutBody,
    response: ZCheckoutResponse,
    idempotency: 'optional',
    successStatus: 201,
  }),
  getCheckout: endpoint({
    ...API_ROUTES.getCheckout,
    summary: 'One QR checkout as the till shows it: status, amount, QR, expiry',
    access: 'payments:take',
    params: ZIdParams,
    response: ZCheckoutResponse,
  }),
  cancelCheckout: endpoint({
    ...API_ROUTES.cancelCheckout,
    summary: 'Call off a QR checkout that has not been paid',
    access: 'payments:take',
    params: ZIdParams,
    response: ZCheckoutResponse,
  }),
  publicCheckout: endpoint({
    ...API_ROUTES.publicCheckout,
    summary:
      "The customer's phone opens its bill (public; rate-limited; no staff data): marks the checkout opened, and with from=bank asks the bank too",
    access: 'public',
    params: ZCheckoutTokenParams,
    query: ZPublicCheckoutQuery,
    response: ZPublicCheckoutResponse,
  }),
  payByBank: endpoint({
    ...API_ROUTES.payByBank,
    summary: 'The customer starts pay by bank: a pending attempt and where to approve it (public)',
    access: 'public',
    params: ZCheckoutTokenParams,
    body: ZPayByBankBody,
    response: ZPayByBankResponse,
    idempotency: 'optional',
    successStatus: 201,
  }),
  payByCard: endpoint({
    ...API_ROUTES.payByCard,
    summary: 'The customer pays by Apple Pay, Google Pay or card: a Stripe PaymentIntent for the attempt (public)',
    access: 'public',
    params: ZCheckoutTokenParams,
    body: ZCardPaymentBody,
    response: ZCardPaymentResponse,
    idempotency: 'optional',
    successStatus: 201,
  }),
  listRefundReview: endpoint({
    ...API_ROUTES.listRefundReview,
    summary: 'Payments flagged for refund: money that arrived after its bill no longer needed it',
    access: 'payments:refund',
    response: ZRefundReviewResponse,
  }),
  listCashSessions: endpoint({
    ...API_ROUTES.listCashSessions,
    summary: "The location's cash drawers, newest first, with what each should hold",
    access: 'cash:manage',
    query: ZCashSessionListQuery,
    response: ZCashSessionListResponse,
  }),
  openCashSession: endpoint({
    ...API_ROUTES.openCashSession,
    summary: "Open this till's drawer with a float",
    access: 'cash:manage',
    body: ZOpenCashSessionBody,
    response: ZCashSessionResponse,
    idempotency: 'optional',
    successStatus: 201,
  }),
  cashMovement: endpoint({
    ...API_ROUTES.cashMovement,
    summary: 'Pay in, pay out, safe drop, or no sale (with a reason)',
    access: 'cash:manage',
    params: ZIdParams,
    body: ZCashMovementBody,
    response: ZCashSessionResponse,
    idempotency: 'optional',
    successStatus: 201,
  }),
  closeCashSession: endpoint({
    ...API_ROUTES.closeCashSession,
    summary: 'Close a drawer with its count; a variance over the limit needs a manager',
    access: 'cash:manage',
    params: ZIdParams,
    body: ZCloseCashSessionBody,
    response: ZCashSessionResponse,
    idempotency: 'optional',
  }),
  zReport: endpoint({
    ...API_ROUTES.zReport,
    summary: 'End-of-day figures for a trading day (?date=YYYY-MM-DD, default today)',
    access: 'reports:read',
    query: ZDayReportQuery,
    response: ZDayReport,
  }),
  xReport: endpoint({
    ...API_ROUTES.xReport,
    summary: "Today's figures so far (mid-shift)",
    access: 'reports:read',
    response: ZDayReport,
  }),
  startTicket: endpoint({
    ...API_ROUTES.startTicket,
    idempotency: 'optional',
    summary: 'The kitchen has started a ticket (its prep time runs from here)',
    access: 'kitchen:bump',
    params: ZTicketParams,
    response: ZKitchenTicketResponse,
  }),
  bumpTicket: endpoint({
    ...API_ROUTES.bumpTicket,
    idempotency: 'optional',
    summary: 'Bump a ticket off the screen (ready), or with lineIds only those items',
    access: 'kitchen:bump',
    params: ZTicketParams,
    body: ZBumpTicketBody,
    response: ZKitchenTicketResponse,
  }),
  recallTicket: endpoint({
    ...API_ROUTES.recallTicket,
    idempotency: 'optional',
    summary: 'Bring a bumped ticket back onto the screen',
    access: 'kitchen:bump',
    params: ZTicketParams,
    response: ZKitchenTicketResponse,
  }),
  realtimeToken: endpoint({
    ...API_ROUTES.realtimeToken,
    summary: 'A short-lived token and the URL for the socket.io handshake (auth: { token, lastSeq })',
    access: 'session',
    response: ZRealtimeTokenResponse,
  }),
  events: endpoint({
    ...API_ROUTES.events,
    summary: "The location's committed events after a seq, in order (what the socket delivers)",
    access: 'session',
    query: ZEventsQuery,
    response: ZEventsResponse,
  }),
  openapi: endpoint({
    ...API_ROUTES.openapi,
    summary: 'This document',
    access: 'public',
    response: z.record(z.string(), z.unknown()),
  }),
} as const satisfies Record<string, Endpoint>;

export type ApiName = keyof typeof api;
