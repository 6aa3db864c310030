import type { DynamicModule, ForwardReference, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { TypeOrmModule } from '@nestjs/typeorm';

/** An entity class (every entity of this schema is a decorated class). */
type EntityClass = Type;

/** What a module's `imports` may hold. */
type ModuleImport = Type | DynamicModule | ForwardReference | Promise<DynamicModule>;

/** The entities each featureEntities module declares: read back by entitiesOf. */
const declared = new WeakMap<object, readonly EntityClass[]>();

/**
 * A feature's tables, imported by the feature's module: TypeORM's repositories for them (which
 * is how the application's data source discovers them, autoLoadEntities), and a record entitiesOf
 * reads for the data sources made outside the application (migrations, restore, commands).
 */
export function featureEntities(...entities: EntityClass[]): DynamicModule {
  const module = TypeOrmModule.forFeature(entities);
  declared.set(module, entities);
  return module;
}

/**
 * Every entity the modules declare with featureEntities, through all the modules they import,
 * each once: the schema as the features describe it, found the way Nest finds the modules.
 */
export function entitiesOf(modules: readonly ModuleImport[]): EntityClass[] {
  const found = new Set<EntityClass>();
  const visited = new Set<object>();
  const visit = (entry: ModuleImport): void => {
    if (entry instanceof Promise || 'forwardRef' in entry) throw new Error('entitiesOf follows modules imported as they are: no forwardRef, no promise');
    if (visited.has(entry)) return;
    visited.add(entry);
    for (const entity of declared.get(entry) ?? []) found.add(entity);
    const [moduleClass, dynamicImports] = 'module' in entry ? [entry.module, entry.imports ?? []] : [entry, []];
    const classImports = (Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) as ModuleImport[] | undefined) ?? [];
    for (const imported of [...dynamicImports, ...classImports]) visit(imported);
  };
  for (const module of modules) visit(module);
  return [...found];
}
