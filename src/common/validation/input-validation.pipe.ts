import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, type ValidationError } from 'class-validator';
import { BadInputError, type FieldError } from '../errors/domain-error.js';

/**
 * Whether each class declares validation rules, looked up once per class: its decorators (and
 * its parents') have run before the class can be passed here, and the lookup walks
 * class-validator's whole metadata store (1 % of a ranking request's profile).
 */
const rulesDeclared = new WeakMap<Function, boolean>();

/** Only classes that declare validation rules are inputs (parents and contexts are not). */
function declaresRules(type: Function): boolean {
  let declared = rulesDeclared.get(type);
  if (declared === undefined) {
    declared = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    rulesDeclared.set(type, declared);
  }
  return declared;
}

function flatten(errors: ValidationError[], prefix: string | undefined): FieldError[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * class-validator on every argument whose type is an input class with rules. Unlike Nest's ValidationPipe
 * it reports each failure with its full path from the argument name (`input.steps.2.minutes`)
 * and throws a domain error, which the one exception filter maps to BAD_USER_INPUT.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (!type || !declaresRules(type) || value === null || value === undefined) return value;
    const instance = plainToInstance(type as new () => object, value);
    const errors = await validate(instance, {
      whitelist: true,
      // An @ArgsType class receives all of the field's arguments, including those other
      // parameters validate; GraphQL itself already rejects arguments the schema lacks.
      forbidNonWhitelisted: metadata.data !== undefined,
      forbidUnknownValues: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
    });
    if (errors.length > 0) throw new BadInputError(flatten(errors, metadata.data));
    return instance;
  }
}

/**
 * The same validation for an argument whose class TypeScript's parameter type cannot name
 * (`X | null` is emitted as Object): see InputArg.
 */
export class DeclaredTypeValidationPipe extends InputValidationPipe {
  constructor(private readonly declaredType: () => new () => object) {
    super();
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return super.transform(value, { ...metadata, metatype: this.declaredType() });
  }
}
