// Enough of JSON Schema (draft-04, as the SARIF 2.1.0 schema is written) to check a document
// against that schema: $ref to local definitions, type, enum, properties, required,
// additionalProperties, items, minItems, uniqueItems, minimum, maximum, pattern, format (uri,
// uri-reference, date-time), anyOf and oneOf. Returns every violation with its JSON path.
type Schema = Record<string, any>;

function typeOk(v: unknown, t: string): boolean {
  switch (t) {
    case 'object':
      return !!v && typeof v === 'object' && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'null':
      return v === null;
    default:
      return typeof v === t;
  }
}

function formatOk(v: string, format: string): boolean {
  if (format === 'uri') {
    try {
      new URL(v);
      return true;
    } catch {
      return false;
    }
  }
  if (format === 'uri-reference') return !/\s/.test(v);
  if (format === 'date-time') return !Number.isNaN(Date.parse(v)) && /T/.test(v);
  return true;
}

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(root, value, '$', errors);
  return errors;

  function check(schema: Schema, v: unknown, at: string, errors: string[]): void {
    if (schema.$ref) {
      const name = /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1];
      if (!name || !root.definitions[name]) throw new Error(`unsupported $ref ${schema.$ref}`);
      return check(root.definitions[name], v, at, errors);
    }
    if (schema.type) {
      const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => typeOk(v, t))) return void errors.push(`${at}: expected ${types.join('|')}, got ${JSON.stringify(v)?.slice(0, 60)}`);
    }
    if (schema.enum && !schema.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(v))) errors.push(`${at}: ${JSON.stringify(v)} not one of ${schema.enum.join(', ')}`);
    if (typeof v === 'number') {
      if (schema.minimum !== undefined && v < schema.minimum) errors.push(`${at}: ${v} < ${schema.minimum}`);
      if (schema.maximum !== undefined && v > schema.maximum) errors.push(`${at}: ${v} > ${schema.maximum}`);
    }
    if (typeof v === 'string') {
      if (schema.pattern && !new RegExp(schema.pattern, 'u').test(v)) errors.push(`${at}: "${v}" does not match ${schema.pattern}`);
      if (schema.format && !formatOk(v, schema.format)) errors.push(`${at}: "${v}" is not a ${schema.format}`);
    }
    if (Array.isArray(v)) {
      if (schema.minItems !== undefined && v.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
      if (schema.uniqueItems && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) errors.push(`${at}: items not unique`);
      if (schema.items) v.forEach((x, i) => check(schema.items, x, `${at}[${i}]`, errors));
    }
    if (typeOk(v, 'object')) {
      const obj = v as Record<string, unknown>;
      for (const r of schema.required ?? []) if (!(r in obj)) errors.push(`${at}: missing ${r}`);
      const props: Schema = schema.properties ?? {};
      for (const [k, x] of Object.entries(obj)) {
        if (props[k]) check(props[k], x, `${at}.${k}`, errors);
        else if (schema.additionalProperties === false) errors.push(`${at}: unknown property ${k}`);
        else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') check(schema.additionalProperties, x, `${at}.${k}`, errors);
      }
    }
    for (const [key, need] of [['anyOf', (n: number) => n >= 1], ['oneOf', (n: number) => n === 1]] as const) {
      if (!schema[key]) continue;
      const passing = schema[key].filter((s: Schema) => {
        const own: string[] = [];
        check(s, v, at, own);
        return own.length === 0;
      }).length;
      if (!need(passing)) errors.push(`${at}: ${key} matched ${passing} of ${schema[key].length}`);
    }
  }
}
