import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { TStaffInvite } from '@/lib/schemas/staff';
import { accountLinkUrl, issueAccountToken } from '../account/account-tokens';
import { getLogger } from '../logger';
import { isMailConfigured, sendMail } from '../mail/send-mail';

export type SendInviteOptions = {
  userId: string;
  name: string;
  email: string;
  locationId: string;
  /** Where the person will open the link: PUBLIC_URL, or the origin the office was opened at. */
  baseUrl: string;
  now: Date;
};

/**
 * Makes an invite link in the caller's transaction and emails it when SMTP is set up. Without
 * mail, or when the mail server refuses, the answer carries the link for the office to hand over:
 * an invite is never lost because mail is not working.
 */
export async function sendInvite(
  tx: DbOrTx,
  { userId, name, email, locationId, baseUrl, now }: SendInviteOptions,
): Promise<TStaffInvite> {
  const { token, expiresAt } = await issueAccountToken(tx, { kind: 'INVITE', userId, locationId, now });
  const url = accountLinkUrl(baseUrl, 'INVITE', token);
  let emailed = false;
  if (isMailConfigured()) {
    const location = await tx.location.findUniqueOrThrow({ where: { id: locationId }, select: { name: true } });
    try {
      await sendMail({
        to: email,
        subject: `You're invited to the ${location.name} back office`,
        text: [
          `Hello ${name},`,
          '',
          `You have been added to ${location.name} on Fynlo POS. Choose your password here (the link works once, for 7 days):`,
          url,
          '',
          'If you did not expect this, you can ignore this email.',
        ].join('\n'),
      });
      emailed = true;
    } catch (error) {
      getLogger().warn({ err: error, userId }, 'emailing an invite failed; the office shows the link instead');
    }
  }
  return { emailed, url: emailed ? null : url, expiresAt: expiresAt.toISOString() };
}
