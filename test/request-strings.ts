// Finds every place a request schema accepts a string, so a test can feed each one a NUL byte.
// Walks zod's own definitions; a schema kind it does not know fails loudly rather than being skipped.
import type { z } from 'zod';

export type StringField = {
  /** Where the string sits in the request, as zod reports it (array items at index 0). */
  path: (string | number)[];
  schema: z.ZodType;
  /** uuid, email, iso date…: a format that refuses any other text by itself. */
  format?: string;
  /** A record's key rather than a value. */
  isKey?: boolean;
};

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  format?: string;
};

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);
const NO_STRINGS = new Set(['enum', 'literal', 'number', 'boolean', 'bigint', 'null', 'undefined', 'unknown', 'any']);

/** Every string the schema accepts from a client, with its path. */
export function stringFields(schema: z.ZodType, path: (string | number)[] = []): StringField[] {
  const def = defOf(schema);
  if (def.type === 'string') return [{ path, schema, format: def.format }];
  if (def.type === 'object')
    return Object.entries(def.shape!).flatMap(([key, value]) => stringFields(value, [...path, key]));
  if (def.type === 'array') return stringFields(def.element!, [...path, 0]);
  if (WRAPPERS.has(def.type)) return stringFields(def.innerType!, path);
  // A pipe's input side is what the client sends; its output is ours.
  if (def.type === 'pipe') return stringFields(def.in!, path);
  if (def.type === 'union') return def.options!.flatMap((option) => stringFields(option, path));
  if (def.type === 'intersection') return [...stringFields(def.left!, path), ...stringFields(def.right!, path)];
  if (def.type === 'record')
    return [
      ...stringFields(def.keyType!, [...path, '(key)']).map((field) => ({ ...field, isKey: true })),
      ...stringFields(def.valueType!, [...path, '(value)']),
    ];
  if (def.type === 'transform' || NO_STRINGS.has(def.type)) return [];
  throw new Error(`stringFields does not know zod's ${def.type} at ${path.join('.') || '(root)'}`);
}

/** A request with only this string set: the smallest input that reaches the field. */
export function inputWith(path: (string | number)[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [inputWith(rest, value)] : { [head!]: inputWith(rest, value) };
}

/** What PostgreSQL cannot store: a NUL byte, and lone halves of a UTF-16 surrogate pair. */
export const UNSTORABLE_TEXT = ['ab\u0000cd', '\uD800ab', 'ab\uDFFF'] as const;
