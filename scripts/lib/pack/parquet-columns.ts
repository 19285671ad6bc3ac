/**
 * Column definitions for hyparquet-writer with an explicit schema: the writer would guess a
 * list of strings to be a JSON string, and an empty column to be nothing at all; explicit
 * types make every file readable the same way by DuckDB, pandas and hyparquet.
 */
import type { ColumnSource } from 'hyparquet-writer';

type SchemaElement = Record<string, unknown> & { name: string };

export type ColumnKind =
  | 'string'
  | 'string?'
  | 'json?'
  | 'int64'
  | 'int64?'
  | 'int32'
  | 'double?'
  | 'boolean?'
  | 'strings';

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly data: unknown[];
  /** A page-level min/max index (for the column rows are sorted by). */
  readonly columnIndex?: boolean;
}

function leaf(name: string, kind: Exclude<ColumnKind, 'strings'>): SchemaElement {
  const required = !kind.endsWith('?');
  const repetition_type = required ? 'REQUIRED' : 'OPTIONAL';
  switch (kind.replace('?', '')) {
    case 'string':
      return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
    case 'json':
      return { name, type: 'BYTE_ARRAY', converted_type: 'JSON', repetition_type };
    case 'int64':
      return { name, type: 'INT64', repetition_type };
    case 'int32':
      return { name, type: 'INT32', repetition_type };
    case 'double':
      return { name, type: 'DOUBLE', repetition_type };
    default:
      return { name, type: 'BOOLEAN', repetition_type };
  }
}

/** The Parquet schema (3-level LIST for string lists) and the writer's column sources. */
export function toParquet(columns: readonly ColumnSpec[]): {
  schema: SchemaElement[];
  columnData: ColumnSource[];
} {
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }];
  for (const column of columns) {
    if (column.kind === 'strings') {
      schema.push(
        { name: column.name, repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        {
          name: 'element',
          type: 'BYTE_ARRAY',
          converted_type: 'UTF8',
          repetition_type: 'REQUIRED',
        },
      );
    } else {
      schema.push(leaf(column.name, column.kind));
    }
  }
  const columnData = columns.map((column): ColumnSource => ({
    name: column.name,
    data: column.data as ColumnSource['data'],
    ...(column.columnIndex ? { columnIndex: true } : {}),
  }));
  return { schema, columnData };
}
