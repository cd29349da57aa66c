// Staff accounts as the back office manages them (design.md §7).
import { z } from 'zod';
import { ZUuid } from './common';
import { ZRole } from './permissions';

export const ZStaffMember = z
  .object({
    id: ZUuid,
    name: z.string(),
    /** Their role at the location asking. */
    role: ZRole,
    /** false: every session ends and no sign-in works until they are reactivated. */
    isActive: z.boolean(),
  })
  .meta({ id: 'StaffMember' });
export type TStaffMember = z.infer<typeof ZStaffMember>;

export const ZStaffMemberResponse = z.object({ user: ZStaffMember });
