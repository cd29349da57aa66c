import { ApiError } from './api-error';

/** True when the server refused only for want of a manager's PIN (403 with approvalRequired). */
export function isApprovalRequired(error: unknown): error is ApiError {
  if (!(error instanceof ApiError) || error.status !== 403) return false;
  const details = error.details;
  return typeof details === 'object' && details !== null && 'approvalRequired' in details
    ? details.approvalRequired === true
    : false;
}

export type ApprovalState = {
  /** Show the manager PIN pad instead of the form. */
  isAsking: boolean;
  /** Why approval is needed, why the PIN was refused, or that it is being checked. */
  message: string;
  wasRefused: boolean;
};

type ApprovableMutation = {
  error: Error | null;
  isPending: boolean;
  variables?: { approval?: { pin: string } };
};

/**
 * Where a change that may need a manager's approval stands. The pad stays up while a PIN is
 * checked (the mutation's error clears when it is retried) and after a refused or rate-limited PIN.
 */
export function approvalState({ error, isPending, variables }: ApprovableMutation): ApprovalState {
  const hadPin = Boolean(variables?.approval);
  if (isApprovalRequired(error)) return { isAsking: true, message: error.message, wasRefused: hadPin };
  if (hadPin && error instanceof ApiError && error.status === 429)
    return { isAsking: true, message: error.message, wasRefused: true };
  if (hadPin && isPending) return { isAsking: true, message: 'Checking the PIN…', wasRefused: false };
  return { isAsking: false, message: '', wasRefused: false };
}
