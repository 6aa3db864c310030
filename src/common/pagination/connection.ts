import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import type { SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors/domain-error.js';
import { unstorableTextReason } from '../validation/storable-text.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** Keyset position: the sort key and the id of the last row of the previous page. */
export interface KeysetCursor {
  key: string;
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** What a cursor's halves must be before they reach SQL. */
export interface CursorShape {
  /** The sort key: a name, a timestamp... */
  isValidKey: (key: string) => boolean;
  /** The id: a uuid, a bigint... */
  isValidId: (id: string) => boolean;
}

/** Keys of a cursor ordered by an ISO 8601 timestamp (as Date.toISOString writes it). */
export const isIsoTimestampKey = (key: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(key) && new Date(key).toISOString() === key;

/** Keys of a cursor ordered by a name: any text PostgreSQL can compare. */
export const isTextKey = (key: string): boolean => unstorableTextReason(key) === null;

export function decodeCursor(cursor: string, shape: CursorShape, argumentPath = 'after'): KeysetCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      shape.isValidKey(parsed[0]) &&
      shape.isValidId(parsed[1])
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below: any undecodable cursor is the caller's mistake
  }
  throw new BadInputError([
    { path: argumentPath, message: 'not a cursor returned by this API (use pageInfo.endCursor)' },
  ]);
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds a page from rows fetched with LIMIT first + 1: the extra row only tells whether a
 * next page exists.
 */
export function toPage<Row, Node>(
  rows: Row[],
  first: number,
  totalCount: number,
  cursorOf: (row: Row) => KeysetCursor,
  toNode: (row: Row) => Node,
): Page<Node> {
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}

/**
 * One page of a query ordered by (name, id): counts the matches, applies the cursor as a keyset
 * condition and fetches first + 1 rows. `alias` is the query's main alias.
 */
export async function pageByName<T extends { name: string; id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  first: number | null | undefined,
  after: string | null | undefined,
  isValidId: (id: string) => boolean,
): Promise<Page<T>> {
  query.orderBy(`${alias}.name`).addOrderBy(`${alias}.id`);
  const totalCount = await query.getCount();
  if (after != null) {
    const cursor = decodeCursor(after, { isValidKey: isTextKey, isValidId });
    query.andWhere(`(${alias}.name, ${alias}.id) > (:cursorKey, :cursorId)`, { cursorKey: cursor.key, cursorId: cursor.id });
  }
  const pageSize = first ?? DEFAULT_PAGE_SIZE;
  const rows = await query.take(pageSize + 1).getMany();
  return toPage(rows, pageSize, totalCount, (row) => ({ key: row.name, id: row.id }), (row) => row);
}
