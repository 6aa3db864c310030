import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import { delimiterOf, detectFormat, FORMATS, resolveHeader } from '@src/measurements/domain/import-format.js';
import { ImportFormat } from '@src/measurements/domain/measurement.enums.js';
import { ApiError } from '../../api/client.js';
import { readFileHead, uploadMeasurements, type UploadSummary } from '../../api/upload.js';
import { CheckboxField, errorMessage, SelectField } from '../../components/forms.js';
import { isMessageKey, SERVER_TEXT_LANGUAGE, useI18n } from '../../i18n/i18n.js';

/** Formats by their API names (`XES`, `CASE_CSV`...), as the labels and the schema name them. */
type FileFormat = Exclude<keyof typeof ImportFormat, 'GRAPHQL'>;
const FILE_FORMATS: FileFormat[] = ['CASE_CSV', 'MONTHLY_CSV', 'EVENT_CSV', 'XES'];
const CSV_FORMATS: FileFormat[] = FILE_FORMATS.filter((format) => format !== 'XES');
const specOf = (format: FileFormat) => FORMATS[ImportFormat[format]];
/** The API name of a format value the server's rules return (`xes` -> `XES`). */
const nameOf = (value: ImportFormat): FileFormat => FILE_FORMATS.find((name) => ImportFormat[name] === value) ?? 'CASE_CSV';

interface Inspected {
  file: File;
  suggested: FileFormat;
  header: string[];
}

/** The CSV header as the server reads it (its delimiter rule, quotes removed). */
function headerOf(head: string): string[] {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const delimiter = delimiterOf(firstLine);
  return firstLine.split(delimiter).map((column) => column.trim().replace(/^"(.*)"$/, '$1').trim());
}

/** Whether the server reads this header as the format without a mapping (its own rule). */
function headerFits(header: string[], format: FileFormat): boolean {
  if (format === 'XES') return true;
  try {
    resolveHeader(header, specOf(format), {});
    return true;
  } catch {
    return false;
  }
}

/** The column each field is read from without a mapping (its own name or a standard alias). */
function naturalMapping(header: string[], format: FileFormat): Record<string, string> {
  const spec = specOf(format);
  const byField: Record<string, string> = {};
  for (const column of header) {
    const field = spec.aliases[column.toLowerCase()] ?? column.toLowerCase();
    if (spec.fields.includes(field) && !(field in byField)) byField[field] = column;
  }
  return byField;
}

export function ImportPanel({ periodId, processId, onImported }: { periodId: string; processId: string; onImported: () => void }) {
  const { t, label, format: formatters } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [format, setFormat] = useState<FileFormat>('CASE_CSV');
  /** field -> column, as chosen in the mapping step. */
  const [columnOf, setColumnOf] = useState<Record<string, string>>({});
  const [replace, setReplace] = useState(false);
  const [keepOutsidePeriod, setKeepOutsidePeriod] = useState(false);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [processing, setProcessing] = useState(false);
  const [summary, setSummary] = useState<UploadSummary | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [dragOver, setDragOver] = useState(false);
  /** Missing columns are pointed out once an import was asked for, not while the person is still choosing. */
  const [attempted, setAttempted] = useState(false);
  const busy = progress !== null && summary === null && failure === null;

  const choose = async (file: File | undefined) => {
    setSummary(null);
    setFailure(null);
    setFileProblem(null);
    setProgress(null);
    setAttempted(false);
    if (!file) return;
    try {
      const head = await readFileHead(file);
      const suggested = nameOf(detectFormat(head));
      const header = suggested === 'XES' ? [] : headerOf(head);
      setInspected({ file, suggested, header });
      setFormat(suggested);
      setColumnOf(suggested === 'XES' ? {} : naturalMapping(header, suggested));
    } catch (error) {
      setInspected(null);
      setFileProblem(t('import.unreadable', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const changeFormat = (next: FileFormat) => {
    setFormat(next);
    if (inspected && next !== 'XES') setColumnOf(naturalMapping(inspected.header, next));
  };

  const mapping: Record<string, string> = {};
  for (const [field, column] of Object.entries(columnOf)) if (column) mapping[column] = field;
  const showMapping = inspected !== null && CSV_FORMATS.includes(format) && !headerFits(inspected.header, format);
  const missingRequired = showMapping ? specOf(format).required.filter((field) => !columnOf[field]) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!inspected) {
      setFileProblem(t('import.chooseFirst'));
      inputRef.current?.focus();
      return;
    }
    setAttempted(true);
    if (missingRequired.length > 0) {
      document.getElementById(`map-${missingRequired[0]}`)?.focus();
      return;
    }
    setSummary(null);
    setFailure(null);
    setProcessing(false);
    setProgress({ sent: 0, total: inspected.file.size });
    try {
      const result = await uploadMeasurements(
        { periodId, processId, file: inspected.file, format: ImportFormat[format], mapping: showMapping ? mapping : {}, replace, keepOutsidePeriod },
        (sent, total) => setProgress({ sent, total }),
        () => setProcessing(true),
      );
      setSummary(result);
      onImported();
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error)));
    } finally {
      setProcessing(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragOver(false);
    void choose(event.dataTransfer.files[0]);
  };

  const fieldLabel = (field: string) => {
    const key = `import.field.${field}`;
    return isMessageKey(key) ? `${t(key)} (${field})` : field;
  };

  return (
    <form className="import-panel" onSubmit={(event) => void submit(event)} noValidate>
      <div
        className={`drop-zone${dragOver ? ' drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
      >
        <div className={`field${fileProblem ? ' field--error' : ''}`}>
          <label htmlFor="import-file">{t('import.file')}</label>
          <p className="hint" id="import-file-hint">
            {t('import.fileHint')} {t('import.drop')}
          </p>
          {fileProblem ? (
            <p className="field-error" id="import-file-error">
              {fileProblem}
            </p>
          ) : null}
          <input
            ref={inputRef}
            id="import-file"
            type="file"
            accept=".csv,.txt,.xes,.xml,.gz"
            aria-describedby={`import-file-hint${fileProblem ? ' import-file-error' : ''}`}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </div>
        {inspected ? <p>{t('import.selected', { name: inspected.file.name, size: formatters.bytes(inspected.file.size) })}</p> : null}
      </div>

      {inspected ? (
        <>
          <SelectField
            id="import-format"
            label={t('import.format')}
            hint={t('import.formatSuggested', { format: label('ImportFormat', inspected.suggested) })}
            value={format}
            onChange={(value) => changeFormat(value as FileFormat)}
            options={FILE_FORMATS.map((value) => ({ value, label: label('ImportFormat', value) }))}
          />
          {showMapping ? (
            <fieldset className="mapping">
              <legend>
                <h3>{t('import.mapping.title')}</h3>
              </legend>
              <p>{t('import.mapping.intro')}</p>
              {specOf(format).fields.map((field) => {
                const required = specOf(format).required.includes(field);
                return (
                  <SelectField
                    key={field}
                    id={`map-${field}`}
                    label={`${t('import.mapping.field', { field: fieldLabel(field) })}${required ? ` ${t('import.mapping.required')}` : ''}`}
                    value={columnOf[field] ?? ''}
                    onChange={(column) => setColumnOf({ ...columnOf, [field]: column })}
                    error={attempted && required && missingRequired.includes(field) ? t('import.mapping.missing') : undefined}
                    options={[{ value: '', label: t('import.mapping.skip') }, ...inspected.header.map((column) => ({ value: column, label: column }))]}
                  />
                );
              })}
            </fieldset>
          ) : null}
          <CheckboxField id="import-replace" label={t('import.replace')} checked={replace} onChange={setReplace} />
          <CheckboxField id="import-keep-outside" label={t('import.keepOutsidePeriod')} checked={keepOutsidePeriod} onChange={setKeepOutsidePeriod} />
        </>
      ) : null}

      <button type="submit" className="button" disabled={busy}>
        {t('import.start')}
      </button>

      {progress ? (
        <div className="upload-progress">
          <label htmlFor="import-progress">{t('import.progressLabel')}</label>
          <progress id="import-progress" max={progress.total || 1} value={progress.sent}>
            {formatters.percent(progress.total ? progress.sent / progress.total : 0)}
          </progress>
          <p>{t('import.progress', { sent: formatters.bytes(progress.sent), total: formatters.bytes(progress.total) })}</p>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {processing && !summary && !failure ? <p>{t('import.processing')}</p> : null}
        {summary ? (
          <div className="notice notice--success">
            <p>
              {t('import.done', {
                rows: formatters.integer(summary.rows),
                cases: formatters.integer(summary.cases),
                seconds: formatters.number(summary.seconds, 2),
              })}
            </p>
            {summary.warnings.length > 0 ? (
              <>
                <h3>{t('import.warnings')}</h3>
                <ul lang={SERVER_TEXT_LANGUAGE}>
                  {summary.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      {failure ? (
        <div className="notice notice--error import-errors" role="alert">
          <p>
            <strong>{t('import.failed')}</strong> {errorMessage(t, failure)}
          </p>
          {failure.fields.length > 0 ? (
            <ul>
              {failure.fields.map((field, index) => (
                <li key={`${field.path}-${index}`}>
                  {field.line !== undefined
                    ? field.column !== undefined
                      ? t('import.errorAt', { line: field.line, column: String(field.column), message: field.message })
                      : t('import.errorAtLine', { line: field.line, message: field.message })
                    : `${field.path}: ${field.message}`}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
