import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it.each([
    ['/pair?kind=TILL', '/pair?kind=TILL'],
    [['/office/devices', '/x'], '/office/devices'],
    [undefined, '/office'],
    ['https://evil.example/', '/office'], // absolute URL: open redirect
    ['//evil.example/', '/office'], // protocol-relative
    ['/\\evil.example', '/office'], // browsers treat /\ as //
    ['office', '/office'],
  ])('%j → %s', (value, expected) => {
    expect(safeRedirectPath(value, '/office')).toBe(expected);
  });
});
