import fc from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  maxLength?: number;
  minLength?: number;
  maximum?: number;
  minimum?: number;
  enum?: unknown[];
  items?: JsonSchema;
  maxItems?: number;
  anyOf?: JsonSchema[];
};

const WRONG_TYPES: readonly unknown[] = [null, 0, -1, 1.5, '', 'x', true, [], {}, ['a'], { nested: { deep: 1 } }];

/**
 * Inputs derived from an action's schema that the schema must reject: the wrong type at the root and at each
 * field, each required field missing, unknown keys, strings and arrays past their bounds, numbers out of range,
 * values outside an enum — plus random values. Only values the schema really rejects are kept.
 */
export function invalidInputsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  const derived = [...mutate(json, exampleOf(json))];
  const structured = derived.length > 0 ? fc.constantFrom(...derived) : fc.constant(Symbol('none'));
  return fc.oneof(structured, fc.anything(), fc.object(), fc.jsonValue()).filter(
    // `undefined` cannot cross the wire (an omitted field means "no arguments"), so it is not a malformed input.
    (value) => typeof value !== 'symbol' && value !== undefined && !schema.safeParse(value).success,
  );
}

function* mutate(schema: JsonSchema, valid: unknown): Generator<unknown> {
  for (const wrong of WRONG_TYPES) yield wrong;
  if (schema.properties && isRecord(valid)) {
    for (const [key, child] of Object.entries(schema.properties)) {
      for (const bad of mutate(child, exampleOf(child))) yield { ...valid, [key]: bad };
    }
    for (const key of schema.required ?? []) {
      const { [key]: _omitted, ...rest } = valid;
      yield rest;
    }
    if (schema.additionalProperties === false) yield { ...valid, unexpectedField: 'x' };
  }
  if (schema.maxLength !== undefined) yield 'x'.repeat(schema.maxLength + 1);
  if (schema.minLength !== undefined && schema.minLength > 0) yield 'x'.repeat(schema.minLength - 1);
  if (schema.maximum !== undefined) yield schema.maximum + 1;
  if (schema.minimum !== undefined) yield schema.minimum - 1;
  if (schema.enum) yield `not-${String(schema.enum[0])}`;
  if (schema.maxItems !== undefined && schema.items) {
    yield Array.from({ length: schema.maxItems + 1 }, () => exampleOf(schema.items as JsonSchema));
  }
}

/** A plausible value for a schema, used as the base that one mutation at a time spoils. */
function exampleOf(schema: JsonSchema): unknown {
  if (schema.enum?.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => schema.required?.includes(key))
          .map(([key, child]) => [key, exampleOf(child)]),
      );
    case 'array':
      return [];
    case 'string':
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return schema.anyOf?.[0] ? exampleOf(schema.anyOf[0]) : null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
