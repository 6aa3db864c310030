import { Args } from '@nestjs/graphql';
import { DeclaredTypeValidationPipe } from './input-validation.pipe.js';

type InputClass = new () => object;

/**
 * An input-object argument, validated whatever its nullability. The global pipe finds an
 * argument's class in TypeScript's emitted parameter type, but `X | null` is emitted as
 * Object, so a nullable input would skip validation: this names the class for the pipe.
 */
export function InputArg(name: string, type: () => InputClass, options: { nullable?: boolean; description?: string } = {}): ParameterDecorator {
  return Args(name, { type, ...options }, new DeclaredTypeValidationPipe(type));
}
