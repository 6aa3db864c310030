import type { FormProblem } from '../../components/forms.js';
import { parseDecimal, parseMoney, parsePercent, parseWholeNumber, numberInputText, percentInputText } from '../../components/numbers.js';
import type { AutomationScenarioInput } from '../../gql/graphql.js';
import type { Translate } from '../../i18n/i18n.js';

/** What-if levers: the scenario's field, how it is typed, and the cost key it sets. */
export const LEVERS = [
  { field: 'botLicensePerYear', kind: 'money', cost: 'botLicensePerYear' },
  { field: 'implementationCost', kind: 'money', cost: 'implementationCost' },
  { field: 'grantAmount', kind: 'money', cost: 'grant' },
  { field: 'maintenanceShare', kind: 'percent', cost: 'maintenanceShare' },
  { field: 'supervisionMinutes', kind: 'decimal', cost: 'supervisionMinutes' },
  { field: 'botSpeedFactor', kind: 'percent', cost: 'botSpeedFactor' },
  { field: 'horizonYears', kind: 'whole', cost: 'horizonYears' },
  { field: 'discountRate', kind: 'percent', cost: 'discountRate' },
  { field: 'automatableExceptionCorrelation', kind: 'decimal', cost: 'automatableExceptionCorrelation' },
] as const;
export type Lever = (typeof LEVERS)[number]['field'];

export function leverText(value: string | number | null | undefined, kind: string, language: 'pl' | 'en'): string {
  if (value === null || value === undefined) return '';
  if (kind === 'money') return language === 'pl' ? String(value).replace('.', ',') : String(value);
  if (kind === 'percent') return percentInputText(Number(value), language);
  return numberInputText(Number(value), language);
}

export function scenarioOf(draft: Record<Lever, string>, t: Translate, idPrefix = 'whatif'): { input: AutomationScenarioInput; problems: FormProblem[] } {
  const input: AutomationScenarioInput = {};
  const problems: FormProblem[] = [];
  for (const lever of LEVERS) {
    const text = draft[lever.field];
    const fieldId = `${idPrefix}-${lever.field}`;
    if (lever.kind === 'money') {
      const money = parseMoney(text);
      if (money.kind === 'invalid') problems.push({ fieldId, message: t('form.notMoney') });
      else Object.assign(input, { [lever.field]: money.kind === 'money' ? money.value : null });
      continue;
    }
    const parsed = lever.kind === 'percent' ? parsePercent(text) : lever.kind === 'whole' ? parseWholeNumber(text) : parseDecimal(text);
    if (parsed.kind === 'invalid') problems.push({ fieldId, message: t(lever.kind === 'percent' ? 'form.notAPercent' : lever.kind === 'whole' ? 'form.notAWholeNumber' : 'form.notANumber') });
    else Object.assign(input, { [lever.field]: parsed.kind === 'number' ? parsed.value : null });
  }
  return { input, problems };
}

