import { type ReactNode, useEffect, useRef } from 'react';
import type { ApiError } from '../api/client.js';
import { isMessageKey, type Translate, useI18n } from '../i18n/i18n.js';

/** One problem to show: at the field with this id and in the summary, linked to it. */
export interface FormProblem {
  fieldId: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of the form, focused when it appears, each problem a link to
 * its field.
 */
export function ErrorSummary({ problems, title }: { problems: FormProblem[]; title?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const signature = problems.map((problem) => `${problem.fieldId}:${problem.message}`).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title ?? t('form.errorSummary')}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.fieldId}-${problem.message}`}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(problem.fieldId);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message of a refusal: the code's translation (the server's own words only for codes we do not know). */
export function errorMessage(t: Translate, error: ApiError): string {
  const key = `error.${error.code}`;
  if (isMessageKey(key)) return t(key);
  return error.message ? `${t('error.UNKNOWN')} ${t('form.serverSaid', { message: error.message })}` : t('error.UNKNOWN');
}

/**
 * Field problems from a server refusal (`extensions.fields`): each path mapped to its field id;
 * paths no field shows go to `fallbackId`.
 */
export function problemsFromError(t: Translate, error: ApiError, fieldIdOf: (path: string) => string | null, fallbackId: string): FormProblem[] {
  if (error.fields.length === 0) return [{ fieldId: fallbackId, message: errorMessage(t, error) }];
  return error.fields.map((field) => ({
    fieldId: fieldIdOf(field.path) ?? fallbackId,
    message: t('form.serverSaid', { message: field.message }),
  }));
}

/**
 * Maps the server's paths under one argument (`input.name`, `options.alpha`) to the ids of the
 * fields showing them (`prefix-name`, `prefix-alpha`); other paths map to none.
 */
export function fieldsUnder(argument: string, prefix: string): (path: string) => string | null {
  const pattern = new RegExp(`^${argument}\\.(\\w+)`);
  return (path) => {
    const match = pattern.exec(path);
    return match ? `${prefix}-${match[1]}` : null;
  };
}

export function problemFor(problems: FormProblem[], fieldId: string): string | undefined {
  return problems.find((problem) => problem.fieldId === fieldId)?.message;
}

interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldShell({ id, label, hint, error, optional, children }: FieldFrame & { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> {t('form.optional')}</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextField(
  props: FieldFrame & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'password' | 'search';
    inputMode?: 'text' | 'decimal' | 'numeric';
    autoComplete?: string;
    readOnly?: boolean;
    width?: 'narrow' | 'full';
  },
) {
  const { id, hint, error, value, onChange, type = 'text', inputMode, autoComplete, readOnly, width } = props;
  return (
    <FieldShell {...props}>
      <input
        id={id}
        name={id}
        className={width === 'narrow' ? 'input--narrow' : undefined}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}

export function TextAreaField(props: FieldFrame & { value: string; onChange: (value: string) => void; readOnly?: boolean }) {
  const { id, hint, error, value, onChange, readOnly } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={id}
        name={id}
        rows={3}
        value={value}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}

export function SelectField(
  props: FieldFrame & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[]; disabled?: boolean },
) {
  const { id, hint, error, value, onChange, options, disabled } = props;
  return (
    <FieldShell {...props}>
      <select
        id={id}
        name={id}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ id, label, hint, error, checked, onChange, disabled }: FieldFrame & { checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <div className={`field checkbox${error ? ' field--error' : ''}`}>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A status line read out by screen readers when it changes (saved, moved, deleted...). */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p className="status-message" role="status" aria-live="polite">
      {message ?? ''}
    </p>
  );
}

/** A refusal that is not about one field (FORBIDDEN, NOT_FOUND, network): shown, never swallowed. */
export function ErrorNotice({ error }: { error: ApiError | null }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      {errorMessage(t, error)}
    </div>
  );
}
