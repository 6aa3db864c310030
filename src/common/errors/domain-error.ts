/** The codes a client sees in `errors[].extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  RATE_LIMITED = 'RATE_LIMITED',
  /** A file beyond a size or row limit of the server (the limit is named in the message). */
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  /** An upload that stopped sending, or sent slower than the server's minimum. */
  UPLOAD_TOO_SLOW = 'UPLOAD_TOO_SLOW',
  /** The database cannot be reached or cannot take the work now (restarting, disk full). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One offending input value: `path` is dotted from the argument, e.g. `input.steps.0.name`. */
export interface FieldError {
  path: string;
  message: string;
  /** For imported files: the 1-based line (or XES element position) and the column. */
  line?: number;
  column?: string;
}

/**
 * A failure the caller can act on. Services throw these; one exception filter turns them into
 * GraphQL errors, so no resolver catches anything itself.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  /** `path` names the input field that referred to the missing record, if any. */
  constructor(entity: string, id: string, path?: string) {
    const message = `${entity} ${JSON.stringify(id)} does not exist`;
    super(ErrorCode.NOT_FOUND, message, path ? [{ path, message }] : []);
  }
}

export class BadInputError extends DomainError {
  constructor(fields: FieldError[]) {
    super(
      ErrorCode.BAD_USER_INPUT,
      fields.map((field) => `${field.path}: ${field.message}`).join('; '),
      fields,
    );
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, fields: FieldError[] = []) {
    super(ErrorCode.CONFLICT, message, fields);
  }
}
