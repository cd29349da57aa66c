import { describe, expect, it } from 'vitest';
import type { TLocationSettings } from '@/lib/schemas/settings';
import { buildSettingsPatch, errorsFromDetails, isSettingsFormChanged, settingsToForm } from './settings-form';

const SAVED: TLocationSettings = {
  name: 'Fynlo Demo Café',
  addressLine1: '1 High Street',
  addressLine2: '',
  city: 'Bristol',
  postcode: 'BS1 1AA',
  phone: '',
  vatNumber: '',
  receiptFooter: '',
  timezone: 'Europe/London',
  businessDayStartHour: 4,
  openingHours: null,
  closedDates: [],
  tipsEnabled: true,
  tipPresetsBps: [500, 1000, 2000],
  serviceChargeBps: 0,
  cashierDiscountLimitBps: 1000,
  cashierRefundLimitPence: 0,
  cashVarianceLimitPence: 500,
  ticketWarnMinutes: 8,
  ticketLateMinutes: 15,
  tillIdleLockSeconds: 120,
};

const edit = (change: Partial<ReturnType<typeof settingsToForm>>) => ({ ...settingsToForm(SAVED), ...change });

describe('settingsToForm', () => {
  it('shows rates in percent, money in pounds and four tip boxes', () => {
    expect(settingsToForm(SAVED)).toMatchObject({
      tipPresetsBps: ['5', '10', '20', ''],
      serviceChargeBps: '0',
      cashierDiscountLimitBps: '10',
      cashierRefundLimitPence: '0.00',
      cashVarianceLimitPence: '5.00', // £5.00
      ticketWarnMinutes: '8',
    });
  });
});

describe('buildSettingsPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(isSettingsFormChanged(settingsToForm(SAVED), SAVED)).toBe(false);
    expect(buildSettingsPatch(settingsToForm(SAVED), SAVED)).toMatchObject({ patch: {}, errors: {} });
  });

  it('sends only what changed, in basis points and pence', () => {
    const form = edit({
      serviceChargeBps: '12.5',
      cashVarianceLimitPence: '7.5', // £7.50
      tipPresetsBps: ['10', '15', '20', ''],
    });
    expect(isSettingsFormChanged(form, SAVED)).toBe(true);
    expect(buildSettingsPatch(form, SAVED)).toEqual({
      patch: { serviceChargeBps: 1250, cashVarianceLimitPence: 750, tipPresetsBps: [1000, 1500, 2000] },
      errors: {},
      presetBoxes: [0, 1, 2],
    });
  });

  it('treats retyping the same value ("10.0" for 10 %) as no change', () => {
    expect(buildSettingsPatch(edit({ cashierDiscountLimitBps: '10.0' }), SAVED).patch).toEqual({});
  });

  it('reads an empty service charge as none', () => {
    const saved = { ...SAVED, serviceChargeBps: 1000 };
    expect(buildSettingsPatch(edit({ serviceChargeBps: '' }), saved).patch).toEqual({ serviceChargeBps: 0 });
  });

  it('skips empty tip boxes and places errors on the box they came from', () => {
    const result = buildSettingsPatch(edit({ tipPresetsBps: ['', '10', '', '60'] }), SAVED);
    expect(result.presetBoxes).toEqual([1, 3]);
    expect(result.errors).toEqual({ 'tipPresetsBps.3': 'A preset tip is at most 50 %' });
  });

  it.each([
    [{ serviceChargeBps: 'ten' }, 'serviceChargeBps', 'Type a percentage, like 10 or 12.5'],
    [{ cashierRefundLimitPence: '12.345' }, 'cashierRefundLimitPence', 'Type an amount in pounds, like 5.00'],
    [{ tillIdleLockSeconds: '1.5' }, 'tillIdleLockSeconds', 'Type a whole number of seconds'],
    [{ serviceChargeBps: '30' }, 'serviceChargeBps', 'A service charge is at most 25 %'],
    [{ cashierDiscountLimitBps: '101' }, 'cashierDiscountLimitBps', 'At most 100 %'],
    [{ cashierRefundLimitPence: '1000.01' }, 'cashierRefundLimitPence', 'At most £1,000.00'],
    [{ tillIdleLockSeconds: '5' }, 'tillIdleLockSeconds', 'At least 15 seconds'],
    [{ ticketWarnMinutes: '0' }, 'ticketWarnMinutes', 'At least 1 minute'],
    [{ name: '  ' }, 'name', 'The venue needs a name'],
    [{ ticketWarnMinutes: '20', ticketLateMinutes: '10' }, 'ticketLateMinutes', 'Amber must come before red'],
    [{ tipPresetsBps: ['10', '10', '', ''] }, 'tipPresetsBps', 'Presets must differ'],
    [{ tipPresetsBps: ['', '', '', ''] }, 'tipPresetsBps', 'Keep at least one tip, or turn tips off'],
  ])('refuses %j with a message beside %s', (change, key, message) => {
    expect(buildSettingsPatch(edit(change), SAVED).errors).toEqual({ [key]: message });
  });

  it('keeps the presets when they are emptied with tips turned off', () => {
    const result = buildSettingsPatch(edit({ tipsEnabled: false, tipPresetsBps: ['', '', '', ''] }), SAVED);
    expect(result).toMatchObject({ patch: { tipsEnabled: false }, errors: {} });
  });
});

describe('errorsFromDetails', () => {
  it("puts the API's messages beside their boxes, in words instead of keys", () => {
    const details = [
      { path: 'ticketLateMinutes', message: 'Must be after ticketWarnMinutes' },
      { path: 'tipPresetsBps.1', message: 'A preset tip is at most 50 %' },
      { path: '', message: 'Something else' },
    ];
    expect(errorsFromDetails(details, [0, 2])).toEqual({
      ticketLateMinutes: 'Must be after the amber time',
      'tipPresetsBps.2': 'A preset tip is at most 50 %',
      form: 'Something else',
    });
  });

  it('ignores details it cannot read', () => {
    expect(errorsFromDetails({ permission: 'settings:manage' }, [])).toEqual({});
  });
});

describe('opening hours, closed dates and the trading day', () => {
  it('an untouched week is no change, even when no hours were ever saved', () => {
    expect(isSettingsFormChanged(settingsToForm(SAVED), SAVED)).toBe(false);
    expect(buildSettingsPatch(settingsToForm(SAVED), SAVED).patch).toEqual({});
  });

  it('closing Sunday sends the six open days; a closed date and the hour go as typed', () => {
    const form = settingsToForm(SAVED);
    const closedSunday = form.openingHours.map((row) => (row.day === 0 ? { ...row, isOpen: false } : row));
    const { patch, errors } = buildSettingsPatch(
      { ...form, openingHours: closedSunday, closedDates: ['2026-12-25'], businessDayStartHour: '5' },
      SAVED,
    );
    expect(errors).toEqual({});
    expect(patch.openingHours?.map((period) => period.day)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(patch).toMatchObject({ closedDates: ['2026-12-25'], businessDayStartHour: 5 });
  });

  it.each([
    ['vatNumber', 'GB12', 'A UK VAT number is GB followed by 9 digits (or 12), like GB123456789'],
    ['timezone', 'Mars/Olympus', 'Choose a time zone from the list, like Europe/London'],
    ['businessDayStartHour', '24', 'A whole hour, 0 to 23'],
  ] as const)('%s %j is refused beside its box', (key, text, message) => {
    expect(buildSettingsPatch(edit({ [key]: text }), SAVED).errors).toEqual({ [key]: message });
  });

  it('a day whose times are the same is named by its day', () => {
    const form = settingsToForm(SAVED);
    const rows = form.openingHours.map((row) => (row.day === 2 ? { ...row, closes: row.opens } : row));
    expect(buildSettingsPatch({ ...form, openingHours: rows }, SAVED).errors).toEqual({
      'openingHours.2': 'Opening and closing times must differ',
    });
  });
});
