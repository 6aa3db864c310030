import { StepInputType } from '../../processes/domain/process.enums.js';
import { type CandidateFacts, DEFAULT_COST_SCENARIO } from './candidate-assessor.js';
import { EQUAL_WEIGHTS } from './readiness-score.js';

/**
 * The worked example of docs/methodology.md: a municipal invoice-registration process on the
 * owner's estimates (no measurements yet), with the vendor petition's 50 000 PLN grant. Its
 * numbers are asserted by __tests__/worked-example.spec.ts, so the document cannot drift from
 * the code. All figures are ILLUSTRATIVE.
 */
export const WORKED_EXAMPLE: CandidateFacts = {
  readiness: {
    steps: [
      { name: 'Download the invoice from KSeF', minutesPerCase: 1, ruleBased: true, inputType: StepInputType.STRUCTURED_DIGITAL, automatableOverride: null },
      { name: 'Register it in the accounting system', minutesPerCase: 2.5, ruleBased: true, inputType: StepInputType.STRUCTURED_DIGITAL, automatableOverride: null },
      { name: 'Substantive check by the ordering department', minutesPerCase: 3, ruleBased: false, inputType: StepInputType.UNSTRUCTURED_DIGITAL, automatableOverride: null },
      { name: 'Formal check and posting', minutesPerCase: 2, ruleBased: true, inputType: StepInputType.STRUCTURED_DIGITAL, automatableOverride: null },
      { name: 'Approve for payment', minutesPerCase: 0.5, ruleBased: false, inputType: StepInputType.STRUCTURED_DIGITAL, automatableOverride: null },
    ],
    exceptionRate: 0.12,
    expectedChanges12m: 1,
    applicationCount: 3,
    documentationAvailable: true,
    standardisation: { value: 0.7, source: 'ESTIMATE' },
  },
  decidesAboutPerson: false,
  estimates: { monthlyVolume: 1000, handlingMinutes: 9, errorRate: 0.04 },
  baseline: null,
  costs: {
    ...DEFAULT_COST_SCENARIO,
    hourlyLabourCost: 62,
    costPerError: 45,
    botLicensePerYear: 20_000,
    implementationCost: 80_000,
    grant: 50_000,
  },
  unsetCosts: [],
  weights: { ...EQUAL_WEIGHTS },
  simulation: { seed: 20260101, sharedSeed: 20260101, draws: 10_000 },
};
