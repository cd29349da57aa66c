import { ZText } from './common';

/** The one password rule, for the owner at setup, an invited person and a reset alike. */
export const MIN_PASSWORD_LENGTH = 10;

/** A new password: long enough to resist guessing, short enough to type. */
export const ZNewPassword = ZText.min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(
  200,
  'Use at most 200 characters',
);
