import { describe, expect, it } from 'vitest';
import { sandboxBankCsp, staffCsp } from './staff-csp';

const formAction = (policy: string) => policy.split('; ').find((part) => part.startsWith('form-action '));

describe('staff and test bank CSP', () => {
  it('staff pages post forms only to themselves', () => {
    expect(formAction(staffCsp({ isDev: false }))).toBe("form-action 'self'");
    expect(staffCsp({ isDev: false })).not.toContain('unsafe-eval');
  });

  it('the test bank may send the customer on to PUBLIC_URL (its origin only), or nowhere else when unset', () => {
    expect(formAction(sandboxBankCsp({ isDev: false, publicUrl: 'https://pos.example.com/base/' }))).toBe(
      "form-action 'self' https://pos.example.com",
    );
    expect(formAction(sandboxBankCsp({ isDev: false, publicUrl: undefined }))).toBe("form-action 'self'");
  });
});
