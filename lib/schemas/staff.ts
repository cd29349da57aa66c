// Staff accounts as the back office manages them (design.md §7), and the account links (invites,
// password resets) that let a person set their own password.
import { z } from 'zod';
import { ZPin, ZText, ZUuid } from './common';
import { ZNewPassword } from './password';
import { ZRole } from './permissions';

export const ZStaffMember = z
  .object({
    id: ZUuid,
    name: z.string(),
    /** Their role at the location asking. */
    role: ZRole,
    /** For back-office sign-in and account links; null for staff who only use a PIN. */
    email: z.string().nullable(),
    /** false: every session ends and no sign-in works until they are reactivated. */
    isActive: z.boolean(),
    /** Whether they can sign in on a till; the PIN itself is never shown again once set. */
    hasPin: z.boolean(),
    /** Their last successful sign-in (ISO time), null when they never have. */
    lastSignInAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'StaffMember' });
export type TStaffMember = z.infer<typeof ZStaffMember>;

/** What the audit log keeps of a person: never a PIN or a hash, only whether there is one. */
export type TStaffAudit = Pick<TStaffMember, 'name' | 'role' | 'email' | 'isActive' | 'hasPin'> & {
  /** Present (true) on the `after` of a change that set or replaced the PIN. */
  pinChanged?: true;
};

export const ZStaffMemberResponse = z.object({ user: ZStaffMember });
export const ZStaffListResponse = z.object({ staff: z.array(ZStaffMember) });

/** A new invite link: emailed when SMTP is set up, otherwise `url` for the office to hand over. */
export const ZStaffInvite = z.object({
  emailed: z.boolean(),
  /** Only when it was not emailed: the link to copy to the person (valid until `expiresAt`). */
  url: z.string().nullable(),
  expiresAt: z.iso.datetime(),
});
export type TStaffInvite = z.infer<typeof ZStaffInvite>;

/** A one-time code to choose a PIN on a paired till (8 digits; only ever shown in this answer). */
export const ZTillPinCode = z.object({
  code: z.string().regex(/^\d{8}$/),
  expiresAt: z.iso.datetime(),
});
export type TTillPinCode = z.infer<typeof ZTillPinCode>;
export const ZTillPinCodeResponse = z.object({ tillPinCode: ZTillPinCode });

export const ZChoosePinBody = z
  .object({
    /** The code from the office, as typed ("4821 9375"). */
    code: ZText.max(20),
    /** Left out: only check the code and answer whose it is. */
    pin: ZPin.optional(),
  })
  .strict();
export const ZChoosePinResponse = z.object({
  /** Whose code it is, to greet them ("Hi Sam"). */
  name: z.string(),
  /** true once the PIN is saved: sign in with it. */
  pinSet: z.boolean(),
});

export const ZMemberResponse = z.object({ member: ZStaffMember, invite: ZStaffInvite.nullable().optional() });
export const ZInviteResponse = z.object({ invite: ZStaffInvite });

const ZStaffName = ZText.trim().min(1, 'Give their name').max(100);
const ZStaffEmail = ZText.trim().toLowerCase().pipe(z.email('Enter a valid email address').max(254));

export const ZCreateStaffBody = z
  .object({
    name: ZStaffName,
    role: ZRole,
    /** Back-office access: they get an invite to set their password. */
    email: ZStaffEmail.nullish(),
    /** Left out: they cannot sign in on a till until a manager sets one. */
    pin: ZPin.nullish(),
  })
  .strict();
export type TCreateStaffBody = z.infer<typeof ZCreateStaffBody>;

export const ZUpdateStaffBody = z
  .object({
    name: ZStaffName.optional(),
    role: ZRole.optional(),
    /** A new PIN; null removes it (they cannot sign in on a till until a new one is set). */
    pin: ZPin.nullable().optional(),
    /** null removes back-office access. */
    email: ZStaffEmail.nullable().optional(),
    isActive: z.boolean().optional(),
  })
  .strict();
export type TUpdateStaffBody = z.infer<typeof ZUpdateStaffBody>;

export const ZPasswordResetBody = z.object({ email: ZText.trim().max(320) }).strict();
export const ZPasswordResetResponse = z.object({ accepted: z.literal(true) });

/** An account link's token as it travels in the link: 43 base64url characters (256 bits). */
export const ZAccountToken = ZText.max(200);
export const ZSetPasswordBody = z.object({ token: ZAccountToken, password: ZNewPassword }).strict();
export const ZSetPasswordResponse = z.object({
  /** The email to sign in with (the page signs them in with it and the new password). */
  email: z.string(),
});
