import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { PageInfo } from './connection.js';

/** Relay connection object types (`XConnection`, `XEdge`) for a node type. */
export function Connection<Node>(nodeType: Type<Node>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: Node;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, across all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}
