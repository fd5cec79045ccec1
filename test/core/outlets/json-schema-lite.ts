// A small JSON Schema (draft 2020-12) validator covering the keywords outlets.schema.json uses, so the registry
// test needs no dependency. Unknown keywords fail loudly rather than pass silently.
type Schema = boolean | { [k: string]: unknown };

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  '$ref',
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'pattern',
  'enum',
  'const',
  'minimum',
  'if',
  'then',
  'else',
  'not',
  'anyOf',
]);

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(root, root, value, '$', errors);
  return errors;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function resolveRef(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part];
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node as Schema;
}

function check(root: Schema, schema: Schema, v: unknown, path: string, errors: string[]): void {
  if (schema === true) return;
  if (schema === false) {
    errors.push(`${path}: not allowed`);
    return;
  }
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`unsupported keyword ${k}`);
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') check(root, resolveRef(root, s.$ref), v, path, errors);
  const t = typeOf(v);
  if (typeof s.type === 'string' && !(s.type === t || (s.type === 'number' && t === 'integer'))) {
    errors.push(`${path}: expected ${s.type}, got ${t}`);
    return;
  }
  if (Array.isArray(s.enum) && !s.enum.includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
  if ('const' in s && s.const !== v) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (typeof v === 'string') {
    if (typeof s.minLength === 'number' && [...v].length < s.minLength)
      errors.push(`${path}: shorter than ${s.minLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v))
      errors.push(`${path}: ${JSON.stringify(v)} does not match ${s.pattern}`);
  }
  if (typeof v === 'number' && typeof s.minimum === 'number' && v < s.minimum)
    errors.push(`${path}: below ${s.minimum}`);
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) errors.push(`${path}: more than ${s.maxItems} items`);
    if (s.uniqueItems === true && new Set(v.map((x) => JSON.stringify(x))).size !== v.length)
      errors.push(`${path}: items not unique`);
    if (s.items !== undefined) v.forEach((x, i) => check(root, s.items as Schema, x, `${path}[${i}]`, errors));
  }
  if (t === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(s.required))
      for (const r of s.required as string[]) if (!(r in o)) errors.push(`${path}: missing ${r}`);
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const [k, x] of Object.entries(o)) {
      if (k in props) check(root, props[k] as Schema, x, `${path}.${k}`, errors);
      else if (s.additionalProperties === false) errors.push(`${path}: unexpected property ${k}`);
    }
  }
  if (s.if !== undefined) {
    const ok = sub(root, s.if as Schema, v);
    const branch = ok ? s.then : s.else;
    if (branch !== undefined) check(root, branch as Schema, v, path, errors);
  }
  if (s.not !== undefined && sub(root, s.not as Schema, v)) errors.push(`${path}: matches a forbidden schema`);
  if (Array.isArray(s.anyOf) && !(s.anyOf as Schema[]).some((x) => sub(root, x, v)))
    errors.push(`${path}: matches none of anyOf`);
}

function sub(root: Schema, schema: Schema, v: unknown): boolean {
  const errors: string[] = [];
  check(root, schema, v, '$', errors);
  return errors.length === 0;
}
