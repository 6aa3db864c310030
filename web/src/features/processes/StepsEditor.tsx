import { type DragEvent, useState } from 'react';
import { automatableShareOf } from '@src/processes/domain/step-automatability.js';
import type { StepInputType } from '../../gql/graphql.js';
import { CheckboxField, problemFor, type FormProblem, SelectField, StatusMessage, TextField } from '../../components/forms.js';
import { parseDecimal } from '../../components/numbers.js';
import { useI18n } from '../../i18n/i18n.js';
import { STEP_INPUT_TYPES } from '../../components/enum-values.js';

/** A step as typed: numbers stay text until saved, so a half-typed value is not lost. */
export interface StepDraft {
  /** Local identity for React and drag and drop; not sent. */
  key: string;
  name: string;
  minutesPerCase: string;
  ruleBased: boolean;
  inputType: StepInputType;
  systems: string;
  override: 'auto' | 'yes' | 'no';
  automatableReason: string;
}

/** Unique across page loads too: a draft restored after a reload keeps its steps' keys. */
export function newStepKey(): string {
  return `step-${crypto.randomUUID()}`;
}

export function emptyStep(): StepDraft {
  return { key: newStepKey(), name: '', minutesPerCase: '', ruleBased: false, inputType: 'STRUCTURED_DIGITAL', systems: '', override: 'auto', automatableReason: '' };
}

export function stepFieldId(index: number, field: string): string {
  return `step-${index}-${field}`;
}

function overrideValue(override: StepDraft['override']): boolean | null {
  return override === 'auto' ? null : override === 'yes';
}

/** The share of the work the steps as typed make automatable (the server's own rule). */
function liveShare(steps: StepDraft[]): number {
  return automatableShareOf(
    steps.map((step) => {
      const minutes = parseDecimal(step.minutesPerCase);
      return {
        minutesPerCase: minutes.kind === 'number' ? Math.max(0, minutes.value) : 0,
        ruleBased: step.ruleBased,
        inputType: step.inputType,
        automatableOverride: overrideValue(step.override),
      };
    }),
  );
}

export function isDraftAutomatable(step: StepDraft): boolean {
  return automatableShareOf([{ minutesPerCase: 1, ruleBased: step.ruleBased, inputType: step.inputType, automatableOverride: overrideValue(step.override) }]) === 1;
}

export function StepsEditor({
  steps,
  onChange,
  problems,
  readOnly,
}: {
  steps: StepDraft[];
  onChange: (steps: StepDraft[]) => void;
  problems: FormProblem[];
  readOnly: boolean;
}) {
  const { t, label, format } = useI18n();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);

  const update = (index: number, change: Partial<StepDraft>) => onChange(steps.map((step, position) => (position === index ? { ...step, ...change } : step)));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= steps.length || from === to) return;
    const reordered = [...steps];
    const [step] = reordered.splice(from, 1);
    reordered.splice(to, 0, step);
    onChange(reordered);
    setAnnouncement(t('steps.moved', { name: step.name || t('steps.number', { number: from + 1 }), position: to + 1 }));
    // Keep the keyboard on the moved step's button.
    const towards = (to < from && to > 0) || to === steps.length - 1 ? 'up' : 'down';
    window.setTimeout(() => document.getElementById(stepFieldId(to, towards))?.focus(), 0);
  };
  const remove = (index: number) => {
    const removed = steps[index];
    onChange(steps.filter((_, position) => position !== index));
    setAnnouncement(t('steps.removed', { name: removed.name || t('steps.number', { number: index + 1 }) }));
  };
  const add = () => {
    onChange([...steps, emptyStep()]);
    window.setTimeout(() => document.getElementById(stepFieldId(steps.length, 'name'))?.focus(), 0);
  };

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const from = Number.parseInt(event.dataTransfer.getData('text/plain'), 10);
    if (Number.isInteger(from)) move(from, index);
    setDragged(null);
  };

  return (
    <div className="steps-editor">
      <p className="automatable-share" aria-live="polite">
        <strong>{t('steps.automatableShare', { share: format.percent(liveShare(steps)) })}</strong>
      </p>
      {steps.length === 0 ? <p>{t('steps.empty')}</p> : null}
      <ol className="steps" aria-label={t('steps.caption')}>
        {steps.map((step, index) => {
          const number = index + 1;
          const automatable = isDraftAutomatable(step);
          return (
            <li
              key={step.key}
              className={`step${dragged === index ? ' step--dragged' : ''}`}
              onDragOver={(event) => {
                if (!readOnly) event.preventDefault();
              }}
              onDrop={(event) => onDrop(event, index)}
            >
              <fieldset>
                <legend>
                  {!readOnly ? (
                    <span
                      className="drag-handle"
                      draggable
                      title={t('steps.dragHandle', { number })}
                      aria-hidden="true"
                      onDragStart={(event) => {
                        event.dataTransfer.effectAllowed = 'move';
                        event.dataTransfer.setData('text/plain', String(index));
                        setDragged(index);
                      }}
                      onDragEnd={() => setDragged(null)}
                    >
                      ⠿
                    </span>
                  ) : null}
                  {t('steps.number', { number })}
                  <span className={`badge ${automatable ? 'badge--yes' : 'badge--no'}`}>{automatable ? t('steps.automatable') : t('steps.notAutomatable')}</span>
                </legend>
                <div className="step__grid">
                  <TextField id={stepFieldId(index, 'name')} label={t('steps.field.name')} value={step.name} onChange={(name) => update(index, { name })} error={problemFor(problems, stepFieldId(index, 'name'))} readOnly={readOnly} />
                  <TextField
                    id={stepFieldId(index, 'minutesPerCase')}
                    label={t('steps.field.minutesPerCase')}
                    inputMode="decimal"
                    width="narrow"
                    value={step.minutesPerCase}
                    onChange={(minutesPerCase) => update(index, { minutesPerCase })}
                    error={problemFor(problems, stepFieldId(index, 'minutesPerCase'))}
                    readOnly={readOnly}
                  />
                  <SelectField
                    id={stepFieldId(index, 'inputType')}
                    label={t('steps.field.inputType')}
                    value={step.inputType}
                    onChange={(inputType) => update(index, { inputType: inputType as StepInputType })}
                    options={STEP_INPUT_TYPES.map((value) => ({ value, label: label('StepInputType', value) }))}
                    error={problemFor(problems, stepFieldId(index, 'inputType'))}
                    disabled={readOnly}
                  />
                  <TextField id={stepFieldId(index, 'systems')} label={t('steps.field.systems')} value={step.systems} onChange={(systems) => update(index, { systems })} error={problemFor(problems, stepFieldId(index, 'systems'))} readOnly={readOnly} />
                  <CheckboxField id={stepFieldId(index, 'ruleBased')} label={t('steps.field.ruleBased')} checked={step.ruleBased} onChange={(ruleBased) => update(index, { ruleBased })} disabled={readOnly} />
                  <SelectField
                    id={stepFieldId(index, 'automatableOverride')}
                    label={t('steps.field.automatableOverride')}
                    value={step.override}
                    onChange={(override) => update(index, { override: override as StepDraft['override'] })}
                    options={[
                      { value: 'auto', label: t('steps.override.auto') },
                      { value: 'yes', label: t('steps.override.yes') },
                      { value: 'no', label: t('steps.override.no') },
                    ]}
                    error={problemFor(problems, stepFieldId(index, 'automatableOverride'))}
                    disabled={readOnly}
                  />
                  {step.override !== 'auto' ? (
                    <TextField
                      id={stepFieldId(index, 'automatableReason')}
                      label={t('steps.field.automatableReason')}
                      value={step.automatableReason}
                      onChange={(automatableReason) => update(index, { automatableReason })}
                      error={problemFor(problems, stepFieldId(index, 'automatableReason'))}
                      readOnly={readOnly}
                    />
                  ) : null}
                </div>
                {!readOnly ? (
                  <div className="step__actions">
                    <button type="button" className="button button--secondary" id={stepFieldId(index, 'up')} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('steps.moveUp', { number })}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      id={stepFieldId(index, 'down')}
                      disabled={index === steps.length - 1}
                      onClick={() => move(index, index + 1)}
                      aria-label={t('steps.moveDown', { number })}
                    >
                      ↓
                    </button>
                    <button type="button" className="button button--warning" onClick={() => remove(index)}>
                      {t('steps.remove', { number })}
                    </button>
                  </div>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {!readOnly ? (
        <button type="button" className="button button--secondary" onClick={add}>
          {t('steps.add')}
        </button>
      ) : null}
      <StatusMessage message={announcement} />
    </div>
  );
}
