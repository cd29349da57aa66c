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
    ['/\t/evil.example', '/office'], // browsers strip the tab: //evil.example
    ['/%09/evil.example', '/%09/evil.example'], // still encoded: a path on this site
    ['/\n/evil.example', '/office'],
    ['/office\\..\\evil', '/office'],
  ])('%j → %s', (value, expected) => {
    expect(safeRedirectPath(value, '/office')).toBe(expected);
  });
});
