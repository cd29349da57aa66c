import { describe, expect, it } from 'vitest';
import { filterStaff, pinProblem } from './staff-form';

const staff = [
  { name: 'Casey Cashier', email: null, role: 'CASHIER', isActive: true },
  { name: 'Morgan Manager', email: 'manager@fynlo.test', role: 'MANAGER', isActive: true },
  { name: 'Lee Leaver', email: null, role: 'CASHIER', isActive: false },
] as const;

describe('staff list filters', () => {
  it.each([
    [{ search: '', role: 'ALL', status: 'ALL' }, ['Casey Cashier', 'Morgan Manager', 'Lee Leaver']],
    [{ search: 'CASEY', role: 'ALL', status: 'ALL' }, ['Casey Cashier']],
    [{ search: 'fynlo.test', role: 'ALL', status: 'ALL' }, ['Morgan Manager']],
    [{ search: '', role: 'CASHIER', status: 'ALL' }, ['Casey Cashier', 'Lee Leaver']],
    [{ search: '', role: 'CASHIER', status: 'INACTIVE' }, ['Lee Leaver']],
    [{ search: 'e', role: 'ALL', status: 'ACTIVE' }, ['Casey Cashier', 'Morgan Manager']],
  ] as const)('%o leaves %o', (filter, names) => {
    expect(filterStaff(staff, filter).map((member) => member.name)).toEqual(names);
  });
});

describe('PIN checks', () => {
  it.each([
    ['1234', '1234', null],
    ['123456', '123456', null],
    ['123', '123', 'pin'],
    ['1234567', '1234567', 'pin'],
    ['12a4', '12a4', 'pin'],
    ['1234', '4321', 'confirm'],
  ] as const)('%s / %s → %s', (pin, confirm, field) => {
    expect(pinProblem(pin, confirm)?.field ?? null).toBe(field);
  });
});
