import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  guardFormula,
  MENU_CSV_COLUMNS,
  MENU_CSV_MAX_ROWS,
  type MenuCsvItem,
  readMenuCsv,
  unguardFormula,
  writeMenuCsv,
} from './menu-csv';

const HEADER = MENU_CSV_COLUMNS.join(',');
const file = (...lines: string[]) => `${[HEADER, ...lines].join('\r\n')}\r\n`;

const flatWhite: MenuCsvItem = {
  category: 'Coffee',
  name: 'Flat white',
  description: 'Double ristretto, steamed milk',
  pricePence: 340, // £3.40
  vatRateBps: 2000,
  takeawayVatRateBps: 2000,
  station: 'Bar',
  modifierGroups: ['Milk', 'Extra shot'],
  isAvailable: true,
  barcode: null,
};

describe('menu CSV: export', () => {
  it('writes the header, pounds, percentages, names joined by | and yes/no', () => {
    const csv = writeMenuCsv([
      flatWhite,
      { ...flatWhite, name: 'Sandwich, "club"', pricePence: 5, isAvailable: false },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { data } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(data).toEqual([
      [...MENU_CSV_COLUMNS],
      [
        'Coffee',
        'Flat white',
        'Double ristretto, steamed milk',
        '3.40',
        '20',
        '20',
        'Bar',
        'Milk|Extra shot',
        'yes',
        '',
      ],
      [
        'Coffee',
        'Sandwich, "club"',
        'Double ristretto, steamed milk',
        '0.05',
        '20',
        '20',
        'Bar',
        'Milk|Extra shot',
        'no',
        '',
      ],
    ]);
  });

  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+44 tea', "'+44 tea"],
    ['-5 % cake', "'-5 % cake"],
    ['@coffee', "'@coffee"],
    ['\tTab', "'\tTab"],
    ['Tea = good', 'Tea = good'],
    ["'quoted", "'quoted"],
  ])('guards the cell %j as %j, and an import reads it back unchanged', (cell, guarded) => {
    expect(guardFormula(cell)).toBe(guarded);
    expect(unguardFormula(guarded)).toBe(cell);
  });

  it('reads its own export back as the same items', () => {
    const items = [flatWhite, { ...flatWhite, category: 'Cakes', name: '=1+1', station: null, modifierGroups: [] }];
    const { rows, errors } = readMenuCsv(writeMenuCsv(items));
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        category: 'Coffee',
        name: 'Flat white',
        description: 'Double ristretto, steamed milk',
        pricePence: 340,
        vatRateBps: 2000,
        takeawayVatRateBps: 2000,
        station: 'Bar',
        modifierGroups: ['Milk', 'Extra shot'],
        isAvailable: true,
        barcode: null,
      },
      expect.objectContaining({ row: 3, category: 'Cakes', name: '=1+1', station: null, modifierGroups: [] }),
    ]);
  });
});

describe('menu CSV: import, cell by cell', () => {
  it.each([
    ['price "3.4"', 'Coffee,Latte,,3.4,20,0,,,,', { pricePence: 340, takeawayVatRateBps: 0 }],
    ['price "£3"', 'Coffee,Latte,,£3,5%,,,,,', { pricePence: 300, vatRateBps: 500 }],
    ['availability "No"', 'Coffee,Latte,,,,,,,No,', { isAvailable: false }],
    ['empty station means none', 'Coffee,Latte,,,,,,,,', { station: null, modifierGroups: [] }],
    [
      'groups trimmed, repeats dropped',
      'Coffee,Latte,,,,,, Milk | milk |Syrup,,',
      { modifierGroups: ['Milk', 'Syrup'] },
    ],
    ['barcode kept as text', 'Coffee,Latte,,,,,,,,05012345678900', { barcode: '05012345678900' }],
  ])('%s', (_, line, expected) => {
    const { rows, errors } = readMenuCsv(file(line));
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject(expected);
  });

  it.each([
    ['a price with three decimals', 'Coffee,Latte,,3.405,20,20,,,yes,', 'price', /not a price/],
    ['a negative price', 'Coffee,Latte,,-3.40,20,20,,,yes,', 'price', /not a price/],
    ['a price over £10,000', 'Coffee,Latte,,10000.01,20,20,,,yes,', 'price', /at most £10,000/],
    ['12.5 % VAT', 'Coffee,Latte,,3.40,12.5,20,,,yes,', 'vat_eat_in', /not a UK VAT rate/],
    ['VAT as words', 'Coffee,Latte,,3.40,20,standard,,,yes,', 'vat_takeaway', /not a VAT rate/],
    ['availability "maybe"', 'Coffee,Latte,,3.40,20,20,,,maybe,', 'available', /neither yes nor no/],
    ['no name', 'Coffee,,,3.40,20,20,,,yes,', 'name', /name/],
    ['no category', ',Latte,,3.40,20,20,,,yes,', 'category', /category/],
    ['a name over 60 characters', `Coffee,${'L'.repeat(61)},,3.40,20,20,,,yes,`, 'name', /at most 60/],
  ])('refuses %s, naming the row and column', (_, line, column, message) => {
    const { rows, errors } = readMenuCsv(file('Coffee,Espresso,,2.20,20,20,,,yes,', line));
    expect(rows.map((row) => row.name)).toEqual(['Espresso']);
    expect(errors).toEqual([{ row: 3, column, message: expect.stringMatching(message) }]);
  });
});

describe('menu CSV: import, the file as a whole', () => {
  it('numbers rows as a spreadsheet does, counting blank rows and multi-line cells as one row each', () => {
    const { errors } = readMenuCsv(
      file('Coffee,Latte,"two\nlines",3.40,20,20,,,yes,', '', 'Coffee,Mocha,,oops,20,20,,,yes,'),
    );
    expect(errors).toEqual([{ row: 4, column: 'price', message: expect.any(String) }]);
  });

  it.each([
    ['an unknown column', 'category,name,prise\r\nCoffee,Latte,3.40\r\n', [{ row: 1, column: 'prise' }]],
    ['a repeated column', 'category,name,name\r\nCoffee,Latte,Mocha\r\n', [{ row: 1, column: 'name' }]],
    ['no name column', 'category,price\r\nCoffee,3.40\r\n', [{ row: 1, column: 'name' }]],
    ['an empty file', '', [{ row: 1 }]],
    ['a header and nothing else', 'category,name\r\n', [{ row: 2 }]],
    ['a row with more cells than columns', 'category,name\r\nCoffee,Latte,3.40\r\n', [{ row: 2 }]],
    ['an unclosed quote', 'category,name\r\nCoffee,Latte\r\nCoffee,"Mocha\r\n', [{ row: 3 }]],
    ['the same item twice', 'category,name\r\nCoffee,Latte\r\ncoffee,LATTE\r\n', [{ row: 3, column: 'name' }]],
  ])('reports %s', (_, csv, expected) => {
    expect(readMenuCsv(csv).errors).toMatchObject(expected);
  });

  it('reads headers whatever their case and spacing, and only the columns given', () => {
    const { rows, errors } = readMenuCsv('Category, Name ,VAT eat-in\r\nCoffee,Latte,20\r\n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 2, category: 'Coffee', name: 'Latte', vatRateBps: 2000 }]);
  });

  it(`takes ${MENU_CSV_MAX_ROWS} rows and refuses the file beyond that`, () => {
    const lines = (count: number) => Array.from({ length: count }, (_, index) => `Coffee,Item ${index}`);
    expect(readMenuCsv(`category,name\r\n${lines(MENU_CSV_MAX_ROWS).join('\r\n')}`).errors).toEqual([]);
    expect(readMenuCsv(`category,name\r\n${lines(MENU_CSV_MAX_ROWS + 1).join('\r\n')}`).errors).toEqual([
      { row: MENU_CSV_MAX_ROWS + 2, message: expect.stringMatching(/At most 2,000 items/) },
    ]);
  });
});
