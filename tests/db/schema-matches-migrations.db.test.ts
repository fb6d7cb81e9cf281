import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

// Migrations are hand-written (Prisma's schema engine is unavailable), so nothing else guarantees
// that prisma/schema.prisma — what the generated client queries — and prisma/migrations — what the
// database really is — describe the same thing. This test derives both descriptions in one common
// vocabulary and compares them in both directions:
//
//   expected: schema.prisma → DMMF (Prisma's own parser, @prisma/prisma-schema-wasm) → facts
//   actual:   the test database, freshly migrated by tests/setup/database.ts → pg_catalog → facts
//
// A fact is "<object> → <description>", e.g. `column practice.slug` → `text NOT NULL`. Names
// follow Prisma's conventions, so a migration that names an index differently than
// `prisma migrate dev` would is reported too.

const SCHEMA_FILE = path.resolve("prisma/schema.prisma");
// Prisma's own bookkeeping table, absent from the schema by design.
const IGNORED_TABLES = ["_prisma_migrations"];
// PostgreSQL's NAMEDATALEN - 1; Prisma truncates generated constraint names to fit it.
const MAX_IDENTIFIER_LENGTH = 63;

type Facts = Map<string, string>;
type Shape = {
  tables: Facts;
  columns: Facts;
  enums: Facts;
  primaryKeys: Facts;
  indexes: Facts;
  foreignKeys: Facts;
};

// ---------------------------------------------------------------------------------------------
// Expected: what schema.prisma says, as Prisma would create it on PostgreSQL.
// ---------------------------------------------------------------------------------------------

// The parts of the DMMF this test reads (the full type lives in @prisma/dmmf, not installed).
type DmmfDefault = string | number | boolean | unknown[] | { name: string; args: unknown[] };
type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  default?: DmmfDefault;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName: string | null }[] };
type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc"; operatorClass?: string }[];
};
type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

/** The DMMF datamodel, plus the `Unsupported(...)` fields it leaves out. */
function parseSchema(schemaText: string): Datamodel {
  const datamodel = parseDmmf(schemaText);
  for (const field of unsupportedFields(schemaText)) {
    const model = datamodel.models.find((candidate) => candidate.name === field.model);
    if (!model) throw new Error(`Unsupported field ${field.name} is in unknown model ${field.model}`);
    model.fields.push(field);
  }
  return datamodel;
}

function parseDmmf(schemaText: string): Datamodel {
  try {
    const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] })));
    return dmmf.datamodel as Datamodel;
  } catch (error) {
    // The wasm module throws an Error whose message is JSON with an ANSI-coloured report.
    const raw = error instanceof Error ? error.message : String(error);
    let message = raw;
    try {
      message = (JSON.parse(raw) as { message?: string }).message ?? raw;
    } catch {
      // Not JSON: keep the raw message.
    }
    throw new Error(`prisma/schema.prisma does not parse:\n${message.replace(/\u001b\[[0-9;]*m/g, "")}`);
  }
}

// A Prisma string literal's body, with \" escapes.
const PRISMA_STRING = String.raw`"((?:[^"\\]|\\.)*)"`;
const UNSUPPORTED_FIELD = new RegExp(String.raw`^\s*(\w+)\s+Unsupported\(${PRISMA_STRING}\)(\[\])?(\?)?(.*)$`);
const MAP_ATTRIBUTE = new RegExp(String.raw`@map\(${PRISMA_STRING}\)`);
const DBGENERATED_DEFAULT = new RegExp(String.raw`@default\(dbgenerated\(${PRISMA_STRING}\)\)`);

/**
 * The DMMF omits `Unsupported("...")` fields (the client cannot read them), yet their columns
 * exist and indexes refer to them, so they are read from the schema text. Only the attributes
 * such a field can carry are understood: `?`, `[]`, `@map` and `@default(dbgenerated(...))`.
 */
function unsupportedFields(schemaText: string): (DmmfField & { model: string })[] {
  const fields: (DmmfField & { model: string })[] = [];
  let model: string | undefined;
  for (const line of schemaText.split("\n")) {
    const opening = /^model\s+(\w+)\s*\{/.exec(line);
    if (opening) model = opening[1];
    else if (/^\}/.test(line)) model = undefined;
    const match = model ? UNSUPPORTED_FIELD.exec(line) : null;
    if (!model || !match) continue;
    const [, name = "", type = "", list, optional, attributes = ""] = match;
    const mapped = MAP_ATTRIBUTE.exec(attributes)?.[1];
    const generated = DBGENERATED_DEFAULT.exec(attributes)?.[1];
    fields.push({
      model,
      name,
      dbName: mapped === undefined ? null : unescapePrismaString(mapped),
      kind: "unsupported",
      type: unescapePrismaString(type),
      isList: list !== undefined,
      isRequired: optional === undefined,
      isUpdatedAt: false,
      ...(generated === undefined ? {} : { default: { name: "dbgenerated", args: [unescapePrismaString(generated)] } }),
    });
  }
  return fields;
}

function unescapePrismaString(body: string): string {
  return JSON.parse(`"${body}"`) as string;
}

/** Prisma's generated constraint name: `<table>_<columns>` cut to fit, then the suffix. */
function conventionalName(table: string, columns: string[], suffix: "_pkey" | "_key" | "_idx" | "_fkey"): string {
  const base = columns.length === 0 ? table : `${table}_${columns.join("_")}`;
  return base.slice(0, MAX_IDENTIFIER_LENGTH - suffix.length) + suffix;
}

// Prisma's default column type for each scalar on PostgreSQL.
const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

// @db.* native types, written the way PostgreSQL's format_type() prints them.
const NATIVE_TYPES: Record<string, (args: string) => string> = {
  Text: () => "text",
  VarChar: (args) => `character varying${args}`,
  Char: (args) => `character${args}`,
  Uuid: () => "uuid",
  Xml: () => "xml",
  Inet: () => "inet",
  Citext: () => "citext",
  Integer: () => "integer",
  SmallInt: () => "smallint",
  BigInt: () => "bigint",
  Oid: () => "oid",
  DoublePrecision: () => "double precision",
  Real: () => "real",
  Decimal: (args) => `numeric${args}`,
  Money: () => "money",
  Timestamp: (args) => `timestamp${args} without time zone`,
  Timestamptz: (args) => `timestamp${args} with time zone`,
  Date: () => "date",
  Time: (args) => `time${args} without time zone`,
  Timetz: (args) => `time${args} with time zone`,
  Boolean: () => "boolean",
  Bit: (args) => `bit${args}`,
  VarBit: (args) => `bit varying${args}`,
  ByteA: () => "bytea",
  Json: () => "json",
  JsonB: () => "jsonb",
};

function sqlLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

class ExpectedShape {
  private readonly models: Map<string, DmmfModel>;
  private readonly enums: Map<string, DmmfEnum>;

  constructor(private readonly datamodel: Datamodel) {
    this.models = new Map(datamodel.models.map((model) => [model.name, model]));
    this.enums = new Map(datamodel.enums.map((enumType) => [enumType.name, enumType]));
  }

  build(): Shape {
    return {
      tables: this.tables(),
      columns: this.columns(),
      enums: this.enumTypes(),
      primaryKeys: this.primaryKeys(),
      indexes: this.indexes(),
      foreignKeys: this.foreignKeys(),
    };
  }

  private table(model: DmmfModel): string {
    return model.dbName ?? model.name;
  }

  private column(model: DmmfModel, fieldName: string): string {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
    return field.dbName ?? field.name;
  }

  private model(name: string): DmmfModel {
    const model = this.models.get(name);
    if (!model) throw new Error(`schema.prisma has no model ${name}`);
    return model;
  }

  private enumType(name: string): DmmfEnum {
    const enumType = this.enums.get(name);
    if (!enumType) throw new Error(`schema.prisma has no enum ${name}`);
    return enumType;
  }

  private tables(): Facts {
    return new Map(this.datamodel.models.map((model) => [`table ${this.table(model)}`, "exists"]));
  }

  private columns(): Facts {
    const facts: Facts = new Map();
    for (const model of this.datamodel.models) {
      for (const field of model.fields) {
        if (field.kind === "object") continue; // relations have no column
        facts.set(`column ${this.table(model)}.${field.dbName ?? field.name}`, this.columnDescription(field));
      }
    }
    return facts;
  }

  private columnDescription(field: DmmfField): string {
    // Prisma creates scalar-list columns without NOT NULL (a list field cannot be marked optional).
    const nullable = !field.isRequired || field.isList;
    const defaultValue = this.defaultExpression(field);
    return describeColumn(this.columnType(field), !nullable, defaultValue);
  }

  private columnType(field: DmmfField): string {
    const list = field.isList ? "[]" : "";
    // Unsupported("tsvector") names the database type itself, as format_type() prints it.
    if (field.kind === "unsupported") return field.type + list;
    if (field.kind === "enum") {
      const enumType = this.enumType(field.type);
      return (enumType.dbName ?? enumType.name) + list;
    }
    if (field.nativeType) {
      const [name, args] = field.nativeType;
      const render = NATIVE_TYPES[name];
      if (!render) throw new Error(`Add @db.${name} to NATIVE_TYPES in this test (field ${field.name})`);
      return render(args.length > 0 ? `(${args.join(",")})` : "") + list;
    }
    const type = SCALAR_TYPES[field.type];
    if (!type) throw new Error(`Add ${field.type} to SCALAR_TYPES in this test (field ${field.name})`);
    return type + list;
  }

  /** The default as PostgreSQL prints it after `normalizeDefault`, or null for none. */
  private defaultExpression(field: DmmfField): string | null {
    const value = field.default;
    if (value === undefined) return null; // @updatedAt included: the client sets it, not the database
    if (Array.isArray(value)) return this.listDefault(field, value);
    if (typeof value === "object") {
      switch (value.name) {
        case "autoincrement":
          return "autoincrement()";
        case "now":
          return "CURRENT_TIMESTAMP";
        case "dbgenerated":
          // Written in SQL by hand, so it goes through the same normalisation as the database's.
          return typeof value.args[0] === "string" ? normalizeDefault(value.args[0]) : "dbgenerated()";
        case "uuid":
        case "cuid":
        case "nanoid":
        case "ulid":
          return null; // generated by the client; the column has no default
        default:
          return `unsupported default ${value.name}()`;
      }
    }
    if (field.kind === "enum") {
      const member = this.enumType(field.type).values.find((candidate) => candidate.name === value);
      return sqlLiteral(String(member?.dbName ?? member?.name ?? value));
    }
    if (typeof value === "boolean") return String(value);
    // BigInt defaults arrive as strings; every number prints bare once its cast is stripped.
    if (["Int", "BigInt", "Float", "Decimal"].includes(field.type)) return String(value);
    return sqlLiteral(String(value));
  }

  /** `@default([])` is `ARRAY[]::integer[]`; numbers print bare, text elements keep their cast. */
  private listDefault(field: DmmfField, values: unknown[]): string {
    const type = this.columnType(field);
    if (values.length === 0) return `ARRAY[]::${type}`;
    const element = type.slice(0, -2);
    const items = values.map((value) =>
      typeof value === "number" || typeof value === "boolean" ? String(value) : `${sqlLiteral(String(value))}::${element}`,
    );
    return `ARRAY[${items.join(", ")}]`;
  }

  private enumTypes(): Facts {
    return new Map(
      this.datamodel.enums.map((enumType) => [
        `enum ${enumType.dbName ?? enumType.name}`,
        describeEnum(enumType.values.map((value) => value.dbName ?? value.name)),
      ]),
    );
  }

  private primaryKeys(): Facts {
    const facts: Facts = new Map();
    for (const index of this.datamodel.indexes.filter((candidate) => candidate.type === "id")) {
      const model = this.model(index.model);
      const table = this.table(model);
      const columns = index.fields.map((field) => this.column(model, field.name));
      facts.set(`primary key ${index.dbName ?? conventionalName(table, [], "_pkey")}`, describePrimaryKey(table, columns));
    }
    return facts;
  }

  private indexes(): Facts {
    const facts: Facts = new Map();
    for (const index of this.datamodel.indexes) {
      if (index.type === "id") continue; // the primary key's index is checked as the primary key
      if (index.type === "fulltext") throw new Error("Full-text indexes do not exist on PostgreSQL");
      const model = this.model(index.model);
      const table = this.table(model);
      const columns = index.fields.map((field) => this.column(model, field.name));
      const unique = index.type === "unique";
      const name = index.dbName ?? conventionalName(table, columns, unique ? "_key" : "_idx");
      const keys = index.fields.map((field, position) =>
        [columns[position], field.sortOrder === "desc" ? "DESC" : "", field.operatorClass ?? ""].filter(Boolean).join(" "),
      );
      facts.set(`index ${name}`, describeIndex({ table, unique, method: (index.algorithm ?? "BTree").toLowerCase(), keys }));
    }
    return facts;
  }

  private foreignKeys(): Facts {
    const facts: Facts = new Map();
    for (const model of this.datamodel.models) {
      for (const field of model.fields) {
        if (field.kind !== "object" || !field.relationFromFields?.length) continue; // the other side holds the key
        const table = this.table(model);
        const columns = field.relationFromFields.map((name) => this.column(model, name));
        const target = this.model(field.type);
        const targetColumns = (field.relationToFields ?? []).map((name) => this.column(target, name));
        // Prisma's defaults: Restrict for a required relation, SetNull for an optional one; Cascade on update.
        // The DMMF does not carry a relation's `map:`, so foreign keys must keep Prisma's names.
        facts.set(
          `foreign key ${conventionalName(table, columns, "_fkey")}`,
          describeForeignKey({
            table,
            columns,
            targetTable: this.table(target),
            targetColumns,
            onDelete: referentialAction(field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")),
            onUpdate: referentialAction(field.relationOnUpdate ?? "Cascade"),
            deferrable: false,
          }),
        );
      }
    }
    return facts;
  }
}

function referentialAction(prismaAction: string): string {
  const actions: Record<string, string> = {
    Cascade: "CASCADE",
    Restrict: "RESTRICT",
    NoAction: "NO ACTION",
    SetNull: "SET NULL",
    SetDefault: "SET DEFAULT",
  };
  return actions[prismaAction] ?? `unknown action ${prismaAction}`;
}

// ---------------------------------------------------------------------------------------------
// Shared vocabulary: both sides describe objects with these, so equal objects print equally.
// ---------------------------------------------------------------------------------------------

function describeColumn(type: string, notNull: boolean, defaultValue: string | null): string {
  return [type, notNull ? "NOT NULL" : "NULL", defaultValue === null ? "" : `DEFAULT ${defaultValue}`]
    .filter(Boolean)
    .join(" ");
}

function describeEnum(values: string[]): string {
  return `(${values.map(sqlLiteral).join(", ")})`;
}

function describePrimaryKey(table: string, columns: string[]): string {
  return `on ${table} (${columns.join(", ")})`;
}

function describeIndex(index: { table: string; unique: boolean; method: string; keys: string[]; extra?: string }): string {
  return [index.unique ? "UNIQUE" : "", `on ${index.table} using ${index.method} (${index.keys.join(", ")})`, index.extra ?? ""]
    .filter(Boolean)
    .join(" ");
}

function describeForeignKey(key: {
  table: string;
  columns: string[];
  targetTable: string;
  targetColumns: string[];
  onDelete: string;
  onUpdate: string;
  deferrable: boolean;
}): string {
  return [
    `${key.table} (${key.columns.join(", ")}) REFERENCES ${key.targetTable} (${key.targetColumns.join(", ")})`,
    `ON DELETE ${key.onDelete} ON UPDATE ${key.onUpdate}`,
    key.deferrable ? "DEFERRABLE" : "",
  ]
    .filter(Boolean)
    .join(" ");
}

// ---------------------------------------------------------------------------------------------
// Actual: what the migrations built, read from pg_catalog.
// ---------------------------------------------------------------------------------------------

// Every query is limited to the schema the client uses and skips Prisma's bookkeeping table.
const IN_SCHEMA = `c.relnamespace = current_schema()::regnamespace AND c.relname <> ALL ($1::text[])`;

async function readDatabaseShape(client: pg.ClientBase): Promise<Shape> {
  return {
    tables: await readTables(client),
    columns: await readColumns(client),
    enums: await readEnums(client),
    primaryKeys: await readPrimaryKeys(client),
    indexes: await readIndexes(client),
    foreignKeys: await readForeignKeys(client),
  };
}

async function readTables(client: pg.ClientBase): Promise<Facts> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT c.relname AS table FROM pg_class c WHERE c.relkind IN ('r', 'p') AND ${IN_SCHEMA}`,
    [IGNORED_TABLES],
  );
  return new Map(rows.map((row) => [`table ${row.table}`, "exists"]));
}

async function readColumns(client: pg.ClientBase): Promise<Facts> {
  const { rows } = await client.query<{
    table: string;
    column: string;
    type: string;
    not_null: boolean;
    default: string | null;
    owned_sequence: string | null;
    identity: string;
    generated: string;
  }>(
    `SELECT c.relname AS table, a.attname AS column, a.attnotnull AS not_null,
            -- Enums by their bare name, like the DMMF; everything else as format_type() prints it.
            CASE WHEN t.typtype = 'e' THEN t.typname::text
                 WHEN element.typtype = 'e' THEN element.typname || '[]'
                 ELSE format_type(a.atttypid, a.atttypmod) END AS type,
            pg_get_expr(d.adbin, d.adrelid) AS default,
            pg_get_serial_sequence(format('%I.%I', c.relnamespace::regnamespace, c.relname), a.attname)::regclass::text
              AS owned_sequence,
            a.attidentity AS identity, a.attgenerated AS generated
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type element ON element.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND ${IN_SCHEMA}`,
    [IGNORED_TABLES],
  );
  return new Map(
    rows.map((row) => [`column ${row.table}.${row.column}`, describeColumn(row.type, row.not_null, columnDefault(row))]),
  );
}

function columnDefault(row: { default: string | null; owned_sequence: string | null; identity: string; generated: string }): string | null {
  if (row.identity) return `GENERATED ${row.identity === "a" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY`; // Prisma uses SERIAL
  if (row.generated) return `GENERATED ALWAYS AS (${row.default})`;
  if (row.default === null) return null;
  // SERIAL: nextval() of the sequence the column owns, which is what @default(autoincrement()) creates.
  if (row.owned_sequence && row.default === `nextval(${sqlLiteral(row.owned_sequence)}::regclass)`) return "autoincrement()";
  return normalizeDefault(row.default);
}

/** Drops the casts PostgreSQL adds to literal defaults: `'draft'::practice_status` → `'draft'`, `'-5'::bigint` → `-5`. */
function normalizeDefault(expression: string): string {
  const numeric = /^\(?'?(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)'?\)?(?:::(?:integer|bigint|smallint|double precision|real|numeric))?$/i.exec(expression);
  if (numeric?.[1] !== undefined) return numeric[1];
  const literal = /^('(?:[^']|'')*')::[\w ."]+(?:\(\d+(?:,\d+)?\))?(?:\[\])?$/.exec(expression);
  if (literal?.[1] !== undefined) return literal[1];
  return expression;
}

async function readEnums(client: pg.ClientBase): Promise<Facts> {
  const { rows } = await client.query<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = current_schema()::regnamespace
      GROUP BY t.typname`,
  );
  return new Map(rows.map((row) => [`enum ${row.name}`, describeEnum(row.values)]));
}

// The columns of a constraint, in constraint order (conkey is not sorted by attribute number).
const constraintColumns = (keys: string, relation: string) => `
  array(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY AS k(attnum, position)
          JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.attnum
         ORDER BY k.position)`;

async function readPrimaryKeys(client: pg.ClientBase): Promise<Facts> {
  const { rows } = await client.query<{ name: string; table: string; columns: string[] }>(
    `SELECT con.conname AS name, c.relname AS table, ${constraintColumns("con.conkey", "con.conrelid")} AS columns
       FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
      WHERE con.contype = 'p' AND ${IN_SCHEMA}`,
    [IGNORED_TABLES],
  );
  return new Map(rows.map((row) => [`primary key ${row.name}`, describePrimaryKey(row.table, row.columns)]));
}

async function readIndexes(client: pg.ClientBase): Promise<Facts> {
  // Each key column as "<name> [DESC] [NULLS FIRST|LAST] [non-default operator class]"; an
  // expression key prints as its expression, so it can never pass for a Prisma field.
  const { rows } = await client.query<{
    name: string;
    table: string;
    method: string;
    unique: boolean;
    keys: string[];
    included: string[];
    predicate: string | null;
  }>(
    `SELECT i.relname AS name, c.relname AS table, am.amname AS method, x.indisunique AS unique,
            array(SELECT concat_ws(' ',
                           CASE WHEN x.indkey[k.n - 1] = 0 THEN pg_get_indexdef(x.indexrelid, k.n, true) ELSE a.attname::text END,
                           CASE WHEN x.indoption[k.n - 1] & 1 = 1 THEN 'DESC' END,
                           CASE WHEN x.indoption[k.n - 1] & 3 = 2 THEN 'NULLS FIRST'
                                WHEN x.indoption[k.n - 1] & 3 = 1 THEN 'NULLS LAST' END,
                           CASE WHEN NOT opc.opcdefault THEN opc.opcname::text END)
                    FROM generate_series(1, x.indnkeyatts) AS k(n)
                    LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[k.n - 1]
                    LEFT JOIN pg_opclass opc ON opc.oid = x.indclass[k.n - 1]
                   ORDER BY k.n) AS keys,
            array(SELECT pg_get_indexdef(x.indexrelid, k.n, true)
                    FROM generate_series(x.indnkeyatts + 1, x.indnatts) AS k(n) ORDER BY k.n) AS included,
            pg_get_expr(x.indpred, x.indrelid) AS predicate
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid
       JOIN pg_am am ON am.oid = i.relam
      WHERE NOT x.indisprimary AND ${IN_SCHEMA}`,
    [IGNORED_TABLES],
  );
  return new Map(
    rows.map((row) => {
      const extra = [
        row.included.length > 0 ? `INCLUDE (${row.included.join(", ")})` : "",
        row.predicate ? `WHERE ${row.predicate}` : "",
      ]
        .filter(Boolean)
        .join(" ");
      return [`index ${row.name}`, describeIndex({ table: row.table, unique: row.unique, method: row.method, keys: row.keys, extra })];
    }),
  );
}

async function readForeignKeys(client: pg.ClientBase): Promise<Facts> {
  const { rows } = await client.query<{
    name: string;
    table: string;
    columns: string[];
    target_table: string;
    target_columns: string[];
    on_delete: string;
    on_update: string;
    deferrable: boolean;
  }>(
    `SELECT con.conname AS name, c.relname AS table, ${constraintColumns("con.conkey", "con.conrelid")} AS columns,
            target.relname AS target_table, ${constraintColumns("con.confkey", "con.confrelid")} AS target_columns,
            con.confdeltype AS on_delete, con.confupdtype AS on_update, con.condeferrable AS deferrable
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_class target ON target.oid = con.confrelid
      WHERE con.contype = 'f' AND ${IN_SCHEMA}`,
    [IGNORED_TABLES],
  );
  const actions: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };
  return new Map(
    rows.map((row) => [
      `foreign key ${row.name}`,
      describeForeignKey({
        table: row.table,
        columns: row.columns,
        targetTable: row.target_table,
        targetColumns: row.target_columns,
        onDelete: actions[row.on_delete] ?? row.on_delete,
        onUpdate: actions[row.on_update] ?? row.on_update,
        deferrable: row.deferrable,
      }),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

/** One line per difference, naming the object and both versions of it. */
function differences(fromSchema: Facts, inDatabase: Facts): string[] {
  const problems: string[] = [];
  for (const [object, expected] of fromSchema) {
    const actual = inDatabase.get(object);
    if (actual === undefined) problems.push(`${object}: missing from the migrations (schema.prisma: ${expected})`);
    else if (actual !== expected) problems.push(`${object}: schema.prisma says "${expected}", the migrations made "${actual}"`);
  }
  for (const [object, actual] of inDatabase) {
    if (!fromSchema.has(object)) problems.push(`${object}: made by the migrations (${actual}) but not in schema.prisma`);
  }
  return problems.sort();
}

const ASPECTS = ["tables", "columns", "enums", "primaryKeys", "indexes", "foreignKeys"] as const;

function allDifferences(fromSchema: Shape, inDatabase: Shape): string[] {
  return ASPECTS.flatMap((aspect) => differences(fromSchema[aspect], inDatabase[aspect])).sort();
}

// ---------------------------------------------------------------------------------------------

describe("the migrated database matches prisma/schema.prisma", () => {
  let client: pg.Client;
  let fromSchema: Shape;
  let inDatabase: Shape;

  beforeAll(async () => {
    fromSchema = new ExpectedShape(parseSchema(readFileSync(SCHEMA_FILE, "utf8"))).build();
    client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    inDatabase = await readDatabaseShape(client);
  });

  afterAll(async () => {
    await client?.end();
  });

  // One test per aspect, so a failure says at once which kind of object drifted.
  it.each(ASPECTS)("%s", (aspect) => {
    expect(fromSchema[aspect].size, `schema.prisma yields no ${aspect}: the test is broken`).toBeGreaterThan(0);
    expect(differences(fromSchema[aspect], inDatabase[aspect]), `${aspect} differ between schema.prisma and the migrations`).toEqual([]);
  });

  // The comparison is only worth something if it notices drift. Add a few models to the schema
  // and build slightly different tables for them in a transaction that is rolled back, so the
  // shared test database is left as the migrations made it.
  it("reports drift in either direction (self-check)", async () => {
    const driftedSchema = `${readFileSync(SCHEMA_FILE, "utf8")}
enum DriftMood {
  HAPPY @map("happy")
  SAD   @map("sad")

  @@map("drift_mood")
}

model DriftParent {
  id       Int          @id @default(autoincrement())
  children DriftChild[]

  @@map("drift_parent")
}

model DriftChild {
  id       Int         @id
  parentId Int         @map("parent_id")
  mood     DriftMood   @default(HAPPY)
  label    String      @db.VarChar(20)
  rank     Int         @default(0)
  words    Unsupported("tsvector")? @map("word_vector")
  parent   DriftParent @relation(fields: [parentId], references: [id], onDelete: Cascade)

  @@index([parentId, rank(sort: Desc)])
  @@map("drift_child")
}

model DriftMissing {
  id Int @id

  @@map("drift_missing")
}
`;
    const expected = new ExpectedShape(parseSchema(driftedSchema)).build();

    await client.query("BEGIN");
    let actual: Shape;
    try {
      await client.query(`
        CREATE TYPE "drift_mood" AS ENUM ('sad', 'happy');
        CREATE TABLE "drift_parent" ("id" SERIAL NOT NULL, CONSTRAINT "drift_parent_pkey" PRIMARY KEY ("id"));
        CREATE TABLE "drift_child" (
          "id" INTEGER NOT NULL,
          "parent_id" INTEGER NOT NULL,
          "mood" "drift_mood" NOT NULL DEFAULT 'happy',
          "label" VARCHAR(30) NOT NULL,
          "rank" INTEGER DEFAULT 0,
          "extra" TEXT,
          "word_vector" TSVECTOR NOT NULL,
          CONSTRAINT "drift_child_pkey" PRIMARY KEY ("id"));
        CREATE INDEX "drift_child_parent_id_rank_idx" ON "drift_child"("parent_id", "rank");
        ALTER TABLE "drift_child" ADD CONSTRAINT "drift_child_parent_id_fkey" FOREIGN KEY ("parent_id")
          REFERENCES "drift_parent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
        CREATE TABLE "drift_extra" ("id" INTEGER);`);
      actual = await readDatabaseShape(client);
    } finally {
      await client.query("ROLLBACK");
    }

    expect(allDifferences(expected, actual)).toEqual([
      `column drift_child.extra: made by the migrations (text NULL) but not in schema.prisma`,
      `column drift_child.label: schema.prisma says "character varying(20) NOT NULL", the migrations made "character varying(30) NOT NULL"`,
      `column drift_child.rank: schema.prisma says "integer NOT NULL DEFAULT 0", the migrations made "integer NULL DEFAULT 0"`,
      `column drift_child.word_vector: schema.prisma says "tsvector NULL", the migrations made "tsvector NOT NULL"`,
      `column drift_extra.id: made by the migrations (integer NULL) but not in schema.prisma`,
      `column drift_missing.id: missing from the migrations (schema.prisma: integer NOT NULL)`,
      `enum drift_mood: schema.prisma says "('happy', 'sad')", the migrations made "('sad', 'happy')"`,
      `foreign key drift_child_parent_id_fkey: schema.prisma says "drift_child (parent_id) REFERENCES drift_parent (id) ON DELETE CASCADE ON UPDATE CASCADE", the migrations made "drift_child (parent_id) REFERENCES drift_parent (id) ON DELETE RESTRICT ON UPDATE CASCADE"`,
      `index drift_child_parent_id_rank_idx: schema.prisma says "on drift_child using btree (parent_id, rank DESC)", the migrations made "on drift_child using btree (parent_id, rank)"`,
      `primary key drift_missing_pkey: missing from the migrations (schema.prisma: on drift_missing (id))`,
      `table drift_extra: made by the migrations (exists) but not in schema.prisma`,
      `table drift_missing: missing from the migrations (schema.prisma: exists)`,
    ]);
  });
});
