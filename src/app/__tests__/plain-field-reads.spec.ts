import 'reflect-metadata';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Int, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { execute, type GraphQLObjectType, type GraphQLSchema, parse } from 'graphql';
import { withPlainFieldReads } from '../plain-field-reads.js';

@ObjectType()
class Sample {
  @Field() plain: string;
  @Field({ name: 'shown' }) stored: string;
  @Field(() => Int, { nullable: true, defaultValue: 3 }) count?: number;
}

const fieldsOf = (schema: GraphQLSchema) => (schema.getType('Sample') as GraphQLObjectType).getFields();

@Resolver(() => Sample)
class SampleResolver {
  @Query(() => Sample)
  sample(): Sample {
    return { plain: 'read as is', stored: 'read under another name' };
  }

  @ResolveField(() => String)
  computed(): string {
    return 'computed';
  }
}

/**
 * A code-first schema as @nestjs/graphql builds it, with the resolvers the application's module
 * attaches (the schema factory alone leaves root and @ResolveField fields without them).
 */
async function nestSchema(): Promise<GraphQLSchema> {
  const module = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
  const schema = await module.get(GraphQLSchemaFactory).create([SampleResolver]);
  const resolver = new SampleResolver();
  schema.getQueryType()!.getFields().sample.resolve = () => resolver.sample();
  fieldsOf(schema).computed.resolve = () => resolver.computed();
  return schema;
}

const QUERY = parse('{ sample { plain shown count computed } }');

describe('plain field reads', () => {
  it('drops the property readers graphql reads the same without, and keeps every other resolver', async () => {
    const schema = withPlainFieldReads(await nestSchema());
    const fields = fieldsOf(schema);
    expect(fields.plain.resolve).toBeUndefined();
    // A field under another name than its property, or with a default value, needs Nest's reader.
    expect(fields.shown.resolve).toBeDefined();
    expect(fields.count.resolve).toBeDefined();
    expect(fields.computed.resolve).toBeDefined();
    expect(schema.getQueryType()?.getFields().sample.resolve).toBeDefined();
  });

  it('answers as before', async () => {
    const before = await execute({ schema: await nestSchema(), document: QUERY });
    const after = await execute({ schema: withPlainFieldReads(await nestSchema()), document: QUERY });
    expect(after).toEqual(before);
    expect(after.data).toEqual({ sample: { plain: 'read as is', shown: 'read under another name', count: 3, computed: 'computed' } });
  });
});
