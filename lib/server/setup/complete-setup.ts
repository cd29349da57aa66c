import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { slugFromName, uniqueSlug } from '@/lib/domain/slug';
import { AppError } from '@/lib/errors';
import type { TSetupBody, TSetupResponse } from '@/lib/schemas/setup';
import { hashPassword } from '../auth/password';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { createSampleMenu } from './create-sample-menu';
import { isSetupNeeded } from './is-setup-needed';
import { deleteSetupToken, isSetupTokenValid } from './setup-token';

/**
 * Taken first in every setup transaction, so two setups at once run one after the other and the
 * second finds the organisation the first made (409): exactly one venue, whoever clicks first.
 */
const SETUP_LOCK_ID = 0x46594e4c; // "FYNL"

export type CompleteSetupOptions = { db: Db; input: TSetupBody; requestId: string; now: Date };

function addressOf(address: TSetupBody['location']['address']) {
  if (address === undefined) return {};
  if (typeof address === 'string') return { addressLine1: address };
  return {
    addressLine1: address.line1 ?? '',
    addressLine2: address.line2 ?? '',
    city: address.city ?? '',
    postcode: address.postcode ?? '',
  };
}

async function freeSlug(tx: DbOrTx, name: string): Promise<string> {
  const slug = slugFromName(name);
  const taken = await tx.location.findMany({ where: { slug: { startsWith: slug } }, select: { slug: true } });
  return uniqueSlug(slug, new Set(taken.map((location) => location.slug)));
}

/**
 * First-run setup, in one transaction: the organisation, its first location, the owner (password
 * sign-in, no PIN yet), a "Kitchen" station or the whole sample café, and the setup token deleted
 * so the link never works again. Refused with 409 once any organisation exists (whatever the
 * token), and 403 without the live token.
 */
export async function completeSetup({ db, input, requestId, now }: CompleteSetupOptions): Promise<TSetupResponse> {
  // bcrypt is slow on purpose: hashed before the transaction, so the setup lock is held briefly.
  const passwordHash = await hashPassword(input.owner.password);
  return writeTransaction(db, { now }, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_ID}::bigint)`;
    if (!(await isSetupNeeded(tx)))
      throw new AppError('CONFLICT', { message: 'This Fynlo is already set up. Sign in instead.' });
    if (!(await isSetupTokenValid(tx, input.token)))
      throw new AppError('FORBIDDEN', {
        message: 'This setup link is not valid. Use the newest link `npm start` printed.',
      });

    const organisation = await tx.organisation.create({
      data: { name: input.organisation.name },
      select: { id: true, name: true },
    });
    const { location: place } = input;
    const location = await tx.location.create({
      data: {
        organisationId: organisation.id,
        slug: await freeSlug(tx, place.name),
        name: place.name,
        timezone: place.timezone,
        ...addressOf(place.address),
        ...(place.phone === undefined ? {} : { phone: place.phone }),
        ...(place.vatNumber === undefined ? {} : { vatNumber: place.vatNumber }),
        ...(place.businessDayStartHour === undefined ? {} : { businessDayStartHour: place.businessDayStartHour }),
        ...(place.openingHours === undefined ? {} : { openingHours: place.openingHours }),
      },
      select: { id: true, name: true, slug: true },
    });
    const owner = await tx.user.create({
      data: {
        organisationId: organisation.id,
        name: input.owner.name,
        email: input.owner.email,
        passwordHash,
        memberships: { create: { locationId: location.id, role: 'OWNER' } },
      },
      select: { id: true, name: true, email: true },
    });
    if (input.sampleMenu) await createSampleMenu(tx, { locationId: location.id });
    else await tx.station.create({ data: { locationId: location.id, name: 'Kitchen' } });
    await deleteSetupToken(tx);

    const answer = { organisation, location, owner: { ...owner, email: input.owner.email } };
    await recordChange(tx, {
      by: { userId: owner.id, organisationId: organisation.id, locationId: location.id },
      action: 'setup.completed',
      entity: { type: 'Organisation', id: organisation.id },
      after: { ...answer, sampleMenu: input.sampleMenu },
      requestId,
      now,
    });
    return answer;
  });
}
