import 'server-only';
import bcrypt from 'bcryptjs';

const COST = 11;
/** Compared against when the email is unknown, so a miss takes as long as a wrong password. */
let dummyHash: string | undefined;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  dummyHash ??= bcrypt.hashSync('not-a-password', COST);
  const matches = await bcrypt.compare(password, hash ?? dummyHash);
  return matches && Boolean(hash);
}
