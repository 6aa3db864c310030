import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Unicode's bidirectional controls (embeddings, overrides, isolates and the directional marks):
 * invisible, they reorder how the text around them is shown, so "Invoice\u202Egnp.exe" reads as
 * "Invoiceexe.png" in the audit log, a PDF or a spreadsheet.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** C0 and C1 control characters: a one-line text has no use for them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** The same, but for text of several lines: tabs and line breaks (CR, LF) are its layout. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

function problemOf(text: string, controls: RegExp, controlProblem: string): string | null {
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) return `contains ${codePoint(bidi[0])} (at position ${bidi.index + 1}), an invisible bidirectional control that changes how the text reads`;
  const control = controls.exec(text);
  if (control) return `contains the control character ${codePoint(control[0])} (at position ${control.index + 1}); ${controlProblem}`;
  return null;
}

/** Why a name, title or other one-line text is refused, or null when it is acceptable. */
export function singleLineTextProblem(text: string): string | null {
  return problemOf(text, CONTROL, 'it must be a single line of visible text');
}

/** Why a text of several lines (a description, a quote) is refused, or null when it is acceptable. */
export function multiLineTextProblem(text: string): string | null {
  return problemOf(text, CONTROL_BUT_LAYOUT, 'only tabs and line breaks are allowed');
}

function textRule(name: string, problem: (text: string) => string | null, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        // Whether it is text at all is the type rules' question (IsString).
        validate: (value: unknown) => typeof value !== 'string' || problem(value) === null,
        defaultMessage: (args?: ValidationArguments) => {
          const value: unknown = args?.value;
          const property = args?.property ?? 'text';
          // With `each`, the value is the whole list: name the element at fault.
          if (Array.isArray(value)) {
            const index = value.findIndex((item) => typeof item === 'string' && problem(item) !== null);
            return `${property}.${index} ${problem(String(value[index]))}`;
          }
          return `${property} ${problem(String(value))}`;
        },
      },
    },
    options,
  );
}

/**
 * A name, title or other single-line text shown to people (audit log, PDFs, CSVs): no control
 * characters and no bidirectional controls, which would make it read differently there.
 */
export const SingleLineText = (options?: ValidationOptions) => textRule('singleLineText', singleLineTextProblem, options);

/** Free text of several lines: tabs and line breaks allowed, other control characters and bidirectional controls not. */
export const MultiLineText = (options?: ValidationOptions) => textRule('multiLineText', multiLineTextProblem, options);
