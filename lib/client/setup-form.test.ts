import { describe, expect, it } from 'vitest';
import { checkStep, emptySetupForm, errorsFromDetails, setupRequest, stepOfField } from './setup-form';

const filled = () => ({
  ...emptySetupForm(),
  organisationName: 'Harbour Coffee Ltd',
  locationName: 'Harbour Coffee',
  ownerName: 'Hana',
  email: 'hana@harbour.example',
  password: 'a long harbour password',
});

describe('setup form', () => {
  it('a filled form passes every step', () => {
    for (const step of ['business', 'location', 'owner', 'menu'] as const)
      expect(checkStep(step, filled())).toEqual({});
  });

  it.each([
    ['business', { organisationName: ' ' }, 'organisationName'],
    ['location', { locationName: '' }, 'locationName'],
    ['location', { vatNumber: 'GB12' }, 'vatNumber'],
    ['owner', { email: 'hana' }, 'email'],
    ['owner', { password: 'short' }, 'password'],
  ] as const)('%s: %j is shown on %s', (step, change, field) => {
    const errors = checkStep(step, { ...filled(), ...change });
    expect(Object.keys(errors)).toContain(field);
    expect(stepOfField(field)).toBe(step);
  });

  it('a day whose hours are wrong is named by its day, not its place in the list', () => {
    const form = filled();
    form.hours = form.hours.map((row) => (row.day === 3 ? { ...row, opens: '10:00', closes: '10:00' } : row));
    expect(checkStep('location', form)).toEqual({ 'hours.3': 'Opening and closing times must differ' });
  });

  it('reads the API’s 422 details back onto the form', () => {
    expect(
      errorsFromDetails(
        [
          { path: 'owner.email', message: 'An email address' },
          { path: 'location.timezone', message: 'Choose a time zone' },
        ],
        filled(),
      ),
    ).toEqual({ email: 'An email address', timezone: 'Choose a time zone' });
    expect(errorsFromDetails('nonsense', filled())).toEqual({});
  });

  it('sends closed days as absent, and the menu choice', () => {
    const form = filled();
    form.hours = form.hours.map((row) => (row.day === 0 ? { ...row, isOpen: false } : row));
    const request = setupRequest(form, 'the-token', true);
    expect(request).toMatchObject({ token: 'the-token', sampleMenu: true });
    expect(request.location.openingHours?.map((period) => period.day)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
