import { describe, expect, it } from 'vitest';
import { grantableRoles, type StaffChangeCheck, staffChangeRefusal } from './staff-rules';

const owner = { id: 'owner', role: 'OWNER' } as const;
const manager = { id: 'manager', role: 'MANAGER' } as const;
const person = (id: string, role: StaffChangeCheck['actor']['role'], isActive = true) => ({
  id,
  name: id,
  role,
  isActive,
});

describe('staff rules', () => {
  it('an owner may grant every role, a manager all but owner, anyone else none', () => {
    expect(grantableRoles('OWNER')).toContain('OWNER');
    expect(grantableRoles('MANAGER')).toEqual(['MANAGER', 'SUPERVISOR', 'CASHIER', 'KITCHEN']);
    expect(grantableRoles('SUPERVISOR')).toEqual([]);
    expect(grantableRoles('CASHIER')).toEqual([]);
  });

  it.each<[string, StaffChangeCheck, string | null]>([
    ['a manager adds a cashier', { actor: manager, target: null, change: { role: 'CASHIER' }, activeOwners: 1 }, null],
    [
      'a manager adds an owner',
      { actor: manager, target: null, change: { role: 'OWNER' }, activeOwners: 1 },
      'FORBIDDEN',
    ],
    ['an owner adds an owner', { actor: owner, target: null, change: { role: 'OWNER' }, activeOwners: 1 }, null],
    [
      'a supervisor adds a cashier',
      { actor: { id: 's', role: 'SUPERVISOR' }, target: null, change: { role: 'CASHIER' }, activeOwners: 1 },
      'FORBIDDEN',
    ],
    [
      'a manager promotes a cashier to owner',
      { actor: manager, target: person('c', 'CASHIER'), change: { role: 'OWNER' }, activeOwners: 1 },
      'FORBIDDEN',
    ],
    [
      'a manager renames an owner (any change to an owner)',
      { actor: manager, target: person('o2', 'OWNER'), change: {}, activeOwners: 2 },
      'FORBIDDEN',
    ],
    [
      'a manager demotes another manager',
      { actor: manager, target: person('m2', 'MANAGER'), change: { role: 'CASHIER' }, activeOwners: 1 },
      null,
    ],
    [
      'a manager switches themselves off',
      { actor: manager, target: person('manager', 'MANAGER'), change: { isActive: false }, activeOwners: 1 },
      'CONFLICT',
    ],
    [
      'a manager demotes themselves',
      { actor: manager, target: person('manager', 'MANAGER'), change: { role: 'CASHIER' }, activeOwners: 1 },
      'CONFLICT',
    ],
    [
      'a manager sends their own role unchanged',
      { actor: manager, target: person('manager', 'MANAGER'), change: { role: 'MANAGER' }, activeOwners: 1 },
      null,
    ],
    [
      'an owner demotes the only other active owner… who is not the last',
      { actor: owner, target: person('o2', 'OWNER'), change: { role: 'MANAGER' }, activeOwners: 2 },
      null,
    ],
    [
      'the last active owner is switched off',
      { actor: owner, target: person('o2', 'OWNER'), change: { isActive: false }, activeOwners: 1 },
      'CONFLICT',
    ],
    [
      'the last active owner is demoted',
      { actor: owner, target: person('o2', 'OWNER'), change: { role: 'MANAGER' }, activeOwners: 1 },
      'CONFLICT',
    ],
    [
      'an inactive owner is reactivated while one other is active',
      { actor: owner, target: person('o2', 'OWNER', false), change: { isActive: true }, activeOwners: 1 },
      null,
    ],
  ])('%s', (_, check, expected) => {
    expect(staffChangeRefusal(check)?.code ?? null).toBe(expected);
  });
});
