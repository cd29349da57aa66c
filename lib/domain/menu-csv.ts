// The menu as a spreadsheet: one row per item, read and written with papaparse (pure string in,
// string out; no I/O), so quoting, commas and line breaks inside cells follow RFC 4180.
import Papa from 'papaparse';
import { InvalidMoneyError, parsePounds } from './money';
import { InvalidPercentError, parsePercent, percentText } from './percent';

/** The columns, in the order an export writes them. */
export const MENU_CSV_COLUMNS = [
  'category',
  'name',
  'description',
  'price',
  'vat_eat_in',
  'vat_takeaway',
  'station',
  'modifier_groups',
  'available',
  'barcode',
] as const;
export type MenuCsvColumn = (typeof MENU_CSV_COLUMNS)[number];

/** The UK VAT rates an item can carry (the office's VAT picker offers the same three). */
export const UK_VAT_RATES_BPS = [2000, 500, 0] as const;

/** The largest file an import takes (the request schema refuses more), so its JSON fits the API's 1 MB body. */
export const MENU_CSV_MAX_CHARACTERS = 512 * 1024;
/** Rows (items) one import may carry. */
export const MENU_CSV_MAX_ROWS = 2_000;

/** Modifier groups share one cell, separated by this. */
export const MODIFIER_GROUP_SEPARATOR = '|';

/** A problem with the file: `row` as a spreadsheet numbers it (the header is row 1). */
export type MenuCsvError = { row: number; column?: string; message: string };

/**
 * One item as a row says it should be. A field left `undefined` was not given (its column is
 * missing, or for price, VAT and availability its cell is empty): an import keeps the item's
 * current value, and a new item takes the default.
 */
export type MenuCsvRow = {
  row: number;
  category: string;
  name: string;
  description?: string;
  pricePence?: number;
  vatRateBps?: number;
  takeawayVatRateBps?: number;
  /** Station name; null = no station. */
  station?: string | null;
  modifierGroups?: string[];
  isAvailable?: boolean;
  /** null = no barcode. */
  barcode?: string | null;
};

/** An item as an export writes it, with its station and groups already named. */
export type MenuCsvItem = {
  category: string;
  name: string;
  description: string;
  pricePence: number;
  vatRateBps: number;
  takeawayVatRateBps: number;
  station: string | null;
  modifierGroups: string[];
  isAvailable: boolean;
  barcode: string | null;
};

// A spreadsheet treats a cell starting with one of these as a formula (CSV injection): the export
// puts an apostrophe in front, which spreadsheets show as text, and an import takes it off again.
const FORMULA_START = /^[=+\-@\t\r]/;

/** `=SUM(A1)` → `'=SUM(A1)`: a cell a spreadsheet will show as text, never run. */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes guardFormula, so an exported file imports unchanged. Other apostrophes are kept. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

const poundsText = (pence: number) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;

/**
 * The menu as CSV: a header row, then one row per item in the order given. Prices in pounds
 * (`3.40`), VAT as a percentage (`20`), availability `yes`/`no`. Starts with a byte-order mark so
 * Excel reads it as UTF-8 ("Café", "£").
 */
export function writeMenuCsv(items: readonly MenuCsvItem[]): string {
  const data = items.map((item) =>
    [
      item.category,
      item.name,
      item.description,
      poundsText(item.pricePence),
      percentText(item.vatRateBps),
      percentText(item.takeawayVatRateBps),
      item.station ?? '',
      item.modifierGroups.join(MODIFIER_GROUP_SEPARATOR),
      item.isAvailable ? 'yes' : 'no',
      item.barcode ?? '',
    ].map(guardFormula),
  );
  return `\uFEFF${Papa.unparse({ fields: [...MENU_CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);
const LIMITS = { category: 60, name: 60, description: 300, station: 60, barcode: 64 } as const;
const REQUIRED_COLUMNS: readonly MenuCsvColumn[] = ['category', 'name'];

/** "Eat-in VAT" → "eat_in_vat": headers as people type them. */
const normaliseHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function vatRate(text: string): number | string {
  let bps: number;
  try {
    bps = parsePercent(text);
  } catch (error) {
    if (error instanceof InvalidPercentError) return `"${text}" is not a VAT rate; write 20, 5 or 0`;
    throw error;
  }
  return (UK_VAT_RATES_BPS as readonly number[]).includes(bps) ? bps : `${text} % is not a UK VAT rate; use 20, 5 or 0`;
}

type Cells = Partial<Record<MenuCsvColumn, string>>;

/** One data row's cells → the item it describes, or what is wrong with each cell. */
function readRow(cells: Cells, row: number): { item?: MenuCsvRow; errors: MenuCsvError[] } {
  const errors: MenuCsvError[] = [];
  const fail = (column: MenuCsvColumn, message: string) => errors.push({ row, column, message });
  const text = (column: MenuCsvColumn) => {
    const value = cells[column];
    return value === undefined ? undefined : unguardFormula(value.trim());
  };
  const bounded = (column: keyof typeof LIMITS, value: string | undefined) => {
    if (value !== undefined && value.length > LIMITS[column])
      fail(column, `Too long: at most ${LIMITS[column]} characters`);
    return value;
  };
  const category = bounded('category', text('category')) ?? '';
  const name = bounded('name', text('name')) ?? '';
  if (!category) fail('category', 'Give the category');
  if (!name) fail('name', 'Give the item a name');
  const item: MenuCsvRow = { row, category, name };

  const description = bounded('description', text('description'));
  if (description !== undefined) item.description = description;
  const price = text('price');
  if (price) {
    try {
      item.pricePence = parsePounds(price);
      if (item.pricePence > 1_000_000) fail('price', 'A price can be at most £10,000.00');
    } catch (error) {
      if (!(error instanceof InvalidMoneyError)) throw error;
      fail('price', `"${price}" is not a price; write pounds and pence like 3.40`);
    }
  }
  for (const [column, field] of [
    ['vat_eat_in', 'vatRateBps'],
    ['vat_takeaway', 'takeawayVatRateBps'],
  ] as const) {
    const value = text(column);
    if (!value) continue;
    const rate = vatRate(value);
    if (typeof rate === 'string') fail(column, rate);
    else item[field] = rate;
  }
  const station = bounded('station', text('station'));
  if (station !== undefined) item.station = station || null;
  const groups = text('modifier_groups');
  if (groups !== undefined) {
    const names = groups
      .split(MODIFIER_GROUP_SEPARATOR)
      .map((group) => group.trim())
      .filter(Boolean);
    // "Milk|milk" names one group: the first spelling stays.
    item.modifierGroups = names.filter(
      (group, at) => names.findIndex((other) => other.toLowerCase() === group.toLowerCase()) === at,
    );
    if (item.modifierGroups.length > 20) fail('modifier_groups', 'An item can have at most 20 modifier groups');
  }
  const available = text('available')?.toLowerCase();
  if (available) {
    if (YES.has(available)) item.isAvailable = true;
    else if (NO.has(available)) item.isAvailable = false;
    else fail('available', `"${available}" is neither yes nor no`);
  }
  const barcode = bounded('barcode', text('barcode'));
  if (barcode !== undefined) item.barcode = barcode || null;
  return errors.length ? { errors } : { item, errors };
}

/** The header row's problems: unknown, repeated or missing columns. */
function readHeader(fields: readonly string[], renamed: Record<string, string>): MenuCsvError[] {
  const errors: MenuCsvError[] = [];
  for (const original of new Set(Object.values(renamed)))
    errors.push({ row: 1, column: original, message: 'This column appears more than once' });
  for (const field of fields) {
    if (field in renamed || (MENU_CSV_COLUMNS as readonly string[]).includes(field)) continue;
    errors.push({ row: 1, column: field, message: `Unknown column; the columns are ${MENU_CSV_COLUMNS.join(', ')}` });
  }
  for (const column of REQUIRED_COLUMNS)
    if (!fields.includes(column)) errors.push({ row: 1, column, message: `Add a "${column}" column` });
  return errors;
}

/**
 * Reads a menu CSV into rows, checking every cell on its own (the database checks names of
 * stations, groups and existing items later). Rows are numbered as a spreadsheet shows them;
 * blank rows are skipped but still counted, so the numbers match what the person sees.
 */
export function readMenuCsv(csv: string): { rows: MenuCsvRow[]; errors: MenuCsvError[] } {
  // Blank lines are skipped below, not by papaparse, which would renumber the rows after them.
  const parsed = Papa.parse<Cells>(csv, { header: true, delimiter: ',', transformHeader: normaliseHeader });
  const fields = parsed.meta.fields ?? [];
  if (fields.every((field) => field === ''))
    return { rows: [], errors: [{ row: 1, message: 'The file is empty: the first row should name the columns' }] };
  const errors = readHeader(fields, parsed.meta.renamedHeaders ?? {});
  // Without its category and name columns no row can be read: the header's errors say why.
  if (REQUIRED_COLUMNS.some((column) => !fields.includes(column))) return { rows: [], errors };
  const broken = new Set<number>();
  for (const problem of parsed.errors) {
    // Quote errors count the header in `row`; field-count errors count data rows only.
    if (problem.type === 'Quotes') {
      const row = (problem.row ?? 0) + 1;
      broken.add(row);
      errors.push({ row, message: 'A quoted cell is not closed properly: check the quotation marks' });
    } else if (problem.code === 'TooManyFields') {
      const row = (problem.row ?? 0) + 2;
      broken.add(row);
      errors.push({ row, message: 'This row has more cells than the header has columns' });
    }
  }
  const rows: MenuCsvRow[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((cells, index) => {
    const row = index + 2;
    if (broken.has(row) || Object.values(cells).every((cell) => typeof cell !== 'string' || cell.trim() === '')) return;
    if (row > MENU_CSV_MAX_ROWS + 1) {
      if (row === MENU_CSV_MAX_ROWS + 2)
        errors.push({ row, message: `At most ${MENU_CSV_MAX_ROWS.toLocaleString('en-GB')} items per file` });
      return;
    }
    const { item, errors: rowErrors } = readRow(cells, row);
    errors.push(...rowErrors);
    if (!item) return;
    const key = `${item.category.toLowerCase()}\n${item.name.toLowerCase()}`;
    const first = seen.get(key);
    if (first) errors.push({ row, column: 'name', message: `Row ${first} already has this item in this category` });
    else {
      seen.set(key, row);
      rows.push(item);
    }
  });
  if (!rows.length && !errors.length) errors.push({ row: 2, message: 'The file has no items below the header row' });
  return { rows, errors: errors.sort((a, b) => a.row - b.row) };
}
