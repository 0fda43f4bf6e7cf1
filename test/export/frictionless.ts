// The structure a Frictionless Data Package (v1: Data Package, Data Resource, Tabular Data Resource,
// Table Schema, CSV Dialect) requires, checked offline. Returns the problems; an empty list is a valid package.

const NAME = /^[a-z0-9._-]+$/;
const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
const CONSTRAINTS = ['required', 'unique', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'enum'];
const PROFILES = ['data-package', 'tabular-data-package'];
const RESOURCE_PROFILES = ['data-resource', 'tabular-data-resource'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function tableSchemaProblems(where: string, schema: unknown, resources: Json[]): string[] {
  const problems: string[] = [];
  if (!isObject(schema)) return [`${where}: schema must be an object`];
  const fields = schema.fields;
  if (!Array.isArray(fields) || !fields.length) return [`${where}: schema.fields must be a non-empty array`];
  const names = new Set<string>();
  for (const field of fields) {
    if (!isObject(field) || typeof field.name !== 'string' || !field.name) {
      problems.push(`${where}: every field needs a name`);
      continue;
    }
    if (names.has(field.name)) problems.push(`${where}: field ${field.name} appears twice`);
    names.add(field.name);
    if (field.type !== undefined && !FIELD_TYPES.includes(field.type as string)) problems.push(`${where}.${field.name}: unknown type ${field.type}`);
    for (const key of ['title', 'description', 'format'] as const) if (field[key] !== undefined && typeof field[key] !== 'string') problems.push(`${where}.${field.name}: ${key} must be text`);
    const c = field.constraints;
    if (c === undefined) continue;
    if (!isObject(c)) {
      problems.push(`${where}.${field.name}: constraints must be an object`);
      continue;
    }
    for (const key of Object.keys(c)) if (!CONSTRAINTS.includes(key)) problems.push(`${where}.${field.name}: unknown constraint ${key}`);
    if (c.required !== undefined && typeof c.required !== 'boolean') problems.push(`${where}.${field.name}: required must be true or false`);
    if (c.enum !== undefined && (!Array.isArray(c.enum) || !c.enum.length || new Set(c.enum).size !== c.enum.length)) problems.push(`${where}.${field.name}: enum must be a non-empty list of unique values`);
    if (c.pattern !== undefined) {
      try {
        new RegExp(c.pattern as string);
      } catch {
        problems.push(`${where}.${field.name}: pattern is no regular expression`);
      }
    }
  }
  if (schema.missingValues !== undefined && !isStringArray(schema.missingValues)) problems.push(`${where}: missingValues must be a list of text`);
  if (schema.primaryKey !== undefined) {
    const key = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey;
    if (!isStringArray(key) || !key.every((k) => names.has(k))) problems.push(`${where}: primaryKey must name fields of the schema`);
  }
  if (schema.foreignKeys !== undefined) {
    if (!Array.isArray(schema.foreignKeys)) return [...problems, `${where}: foreignKeys must be a list`];
    for (const fk of schema.foreignKeys) {
      const fkFields = isObject(fk) && (typeof fk.fields === 'string' ? [fk.fields] : fk.fields);
      const ref = isObject(fk) && isObject(fk.reference) ? fk.reference : null;
      if (!isStringArray(fkFields) || !fkFields.every((f) => names.has(f)) || !ref) {
        problems.push(`${where}: a foreign key must name fields of the schema and have a reference`);
        continue;
      }
      const target = ref.resource === '' ? null : resources.find((r) => r.name === ref.resource);
      const targetFields = ref.resource === '' ? names : new Set(isObject(target?.schema) && Array.isArray(target.schema.fields) ? target.schema.fields.map((f) => (f as Json).name) : []);
      const refFields = typeof ref.fields === 'string' ? [ref.fields] : ref.fields;
      if (ref.resource !== '' && !target) problems.push(`${where}: foreign key to unknown resource ${String(ref.resource)}`);
      else if (!isStringArray(refFields) || refFields.length !== fkFields.length || !refFields.every((f) => targetFields.has(f))) problems.push(`${where}: foreign key fields do not match ${String(ref.resource)}`);
    }
  }
  return problems;
}

export function dataPackageProblems(pkg: unknown): string[] {
  if (!isObject(pkg)) return ['the package must be a JSON object'];
  const problems: string[] = [];
  if (pkg.name !== undefined && (typeof pkg.name !== 'string' || !NAME.test(pkg.name))) problems.push(`package name ${String(pkg.name)} does not match ${NAME}`);
  if (pkg.profile !== undefined && !PROFILES.includes(pkg.profile as string)) problems.push(`unknown package profile ${String(pkg.profile)}`);
  if (pkg.created !== undefined && (typeof pkg.created !== 'string' || Number.isNaN(Date.parse(pkg.created)) || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(pkg.created))) {
    problems.push('created must be an RFC 3339 date-time');
  }
  const resources = pkg.resources;
  if (!Array.isArray(resources) || !resources.length) return [...problems, 'resources must be a non-empty list'];
  const names = new Set<string>();
  for (const [i, resource] of resources.entries()) {
    if (!isObject(resource)) {
      problems.push(`resources[${i}] must be an object`);
      continue;
    }
    const where = `resource ${String(resource.name ?? i)}`;
    if (typeof resource.name !== 'string' || !NAME.test(resource.name)) problems.push(`${where}: name must match ${NAME}`);
    else if (names.has(resource.name)) problems.push(`${where}: name appears twice`);
    else names.add(resource.name);
    const paths = typeof resource.path === 'string' ? [resource.path] : resource.path;
    if (!isStringArray(paths) || !paths.length) problems.push(`${where}: needs a path`);
    else for (const p of paths) if (p.startsWith('/') || p.split('/').includes('..') || /^[a-z]+:/i.test(p)) problems.push(`${where}: path ${p} must be relative and stay inside the package`);
    if (resource.profile !== undefined && !RESOURCE_PROFILES.includes(resource.profile as string)) problems.push(`${where}: unknown profile ${String(resource.profile)}`);
    if (resource.mediatype !== undefined && !/^(.+)\/(.+)$/.test(String(resource.mediatype))) problems.push(`${where}: mediatype must look like type/subtype`);
    if (resource.bytes !== undefined && !Number.isInteger(resource.bytes)) problems.push(`${where}: bytes must be an integer`);
    if (resource.hash !== undefined && !/^([^:]+:)?[0-9a-fA-F]+$/.test(String(resource.hash))) problems.push(`${where}: hash must be hex, optionally prefixed by the algorithm`);
    if (resource.profile === 'tabular-data-resource' && resource.schema === undefined) problems.push(`${where}: a tabular data resource needs a schema`);
    if (resource.dialect !== undefined) {
      const d = resource.dialect as Json;
      if (typeof d.delimiter !== 'string' || d.delimiter.length !== 1) problems.push(`${where}: dialect.delimiter must be one character`);
      if (d.header !== undefined && typeof d.header !== 'boolean') problems.push(`${where}: dialect.header must be true or false`);
    }
    if (resource.schema !== undefined) problems.push(...tableSchemaProblems(where, resource.schema, resources as Json[]));
  }
  return problems;
}

/**
 * What a strict Table Schema reader refuses in the rows of a resource (typed as test/export/load
 * reads them): an empty value in a required field or in the primary key (whose fields are
 * implicitly required), and a primary key that two rows share.
 */
export function rowProblems(schema: { fields: { name: string; constraints?: { required?: boolean } }[]; primaryKey?: string | string[] }, rows: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const key = schema.primaryKey === undefined ? [] : typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey;
  const required = new Set([...schema.fields.filter((f) => f.constraints?.required).map((f) => f.name), ...key]);
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    for (const name of required) if (row[name] === null || row[name] === undefined) problems.push(`row ${i + 1}: ${name} is empty but required${key.includes(name) ? ' (primary key)' : ''}`);
    if (!key.length) return;
    const id = JSON.stringify(key.map((k) => row[k]));
    const first = seen.get(id);
    if (first !== undefined) problems.push(`row ${i + 1}: primary key ${id} is also row ${first}`);
    else seen.set(id, i + 1);
  });
  return problems;
}
