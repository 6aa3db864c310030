import type { AutomationScenarioEntity } from './automation-scenario.entity.js';
import type { CandidateRow } from './candidate-ranking.query.js';
import type { AutomationScenarioType, ReadinessWeightsType } from './dtos/scenario.type.js';
import type { CandidateType } from './dtos/scoring.types.js';
import type { ReadinessWeightsEntity } from './readiness-weights.entity.js';
import type { StoredScore } from './stored-score.js';
import { roundToStandardError } from '../statistics/index.js';

type Triple = { p10: number; p50: number; p90: number };
type OpenTriple = { p10: number | null; p50: number | null; p90: number | null };
const nullableNumber = (value: string | null) => (value === null ? null : Number(value));
const roundedRange = (values: Triple, errors: Triple | undefined): Triple =>
  errors
    ? { p10: roundToStandardError(values.p10, errors.p10), p50: roundToStandardError(values.p50, errors.p50), p90: roundToStandardError(values.p90, errors.p90) }
    : values;
const roundedOpen = (values: OpenTriple, errors: OpenTriple | undefined): OpenTriple => {
  const at = (key: keyof OpenTriple) => {
    const value = values[key];
    const error = errors?.[key];
    return value === null || error === null || error === undefined ? value : roundToStandardError(value, error);
  };
  return { p10: at('p10'), p50: at('p50'), p90: at('p90') };
};

/**
 * A stored score as the API shows it: raw columns, the Monte Carlo standard errors, and the
 * simulated figures rounded to them for display (raw where a score before savings-2 has none).
 */
export function toCandidateType(row: CandidateRow, rank: number): CandidateType {
  const hoursSaved = { p10: Number(row.hours_saved_p10), p50: Number(row.hours_saved_p50), p90: Number(row.hours_saved_p90) };
  const netAnnualBenefit = { p10: Number(row.net_benefit_p10), p50: Number(row.net_benefit_p50), p90: Number(row.net_benefit_p90) };
  const npv = { p10: Number(row.npv_p10), p50: Number(row.npv_p50), p90: Number(row.npv_p90) };
  const probabilityPositiveNpv = Number(row.probability_positive_npv);
  const errors = row.standard_errors;
  const payback = errors ? { p10: nullableNumber(row.payback_p10), p50: nullableNumber(row.payback_p50), p90: nullableNumber(row.payback_p90) } : null;
  return {
    rank,
    processId: row.process_id,
    processName: row.process_name,
    organizationId: row.organization_id,
    category: row.category,
    departmentId: row.department_id,
    status: row.status,
    automationPotential: Number(row.automation_potential),
    easeOfImplementation: Number(row.ease_of_implementation),
    quadrant: row.quadrant,
    candidate: row.candidate,
    notCandidateReason: row.not_candidate_reason,
    annualVolume: row.annual_volume,
    hoursSaved,
    netAnnualBenefit: { p10: row.net_benefit_p10, p50: row.net_benefit_p50, p90: row.net_benefit_p90 },
    npv: { p10: row.npv_p10, p50: row.npv_p50, p90: row.npv_p90 },
    probabilityPositiveNpv,
    paybackMonths: nullableNumber(row.payback_months),
    payback,
    standardErrors: errors
      ? {
          hoursSaved: errors.hoursSaved,
          netAnnualBenefit: errors.netAnnualBenefit,
          npv: errors.npv,
          payback: errors.paybackMonths,
          probabilityPositiveNpv: errors.probabilityPositiveNpv,
        }
      : null,
    display: {
      hoursSaved: roundedRange(hoursSaved, errors?.hoursSaved),
      netAnnualBenefit: roundedRange(netAnnualBenefit, errors?.netAnnualBenefit),
      npv: roundedRange(npv, errors?.npv),
      payback: payback && roundedOpen(payback, errors?.paybackMonths),
      probabilityPositiveNpv: errors ? roundToStandardError(probabilityPositiveNpv, errors.probabilityPositiveNpv) : probabilityPositiveNpv,
    },
    evidenceGrade: row.evidence_grade,
    sampleSize: row.sample_size,
    warnings: row.warnings,
    explanation: row.explanation,
    methodVersion: row.method_version,
    computedAt: row.computed_at,
  };
}

/** A score as just assessed (not read back from the table), as the API shows a stored one. */
export function assessedCandidateType(score: StoredScore, rank: number): CandidateType {
  const money = (value: unknown) => Number(value).toFixed(2);
  return toCandidateType(
    {
      process_id: score.process_id as string,
      process_name: score.process_name as string,
      organization_id: score.organization_id as string,
      category: score.category as CandidateRow['category'],
      department_id: score.department_id as string | null,
      status: score.status as CandidateRow['status'],
      automation_potential: String(score.automation_potential),
      ease_of_implementation: String(score.ease_of_implementation),
      quadrant: score.quadrant as CandidateRow['quadrant'],
      candidate: score.candidate as boolean,
      not_candidate_reason: score.not_candidate_reason as CandidateRow['not_candidate_reason'],
      evidence_grade: score.evidence_grade as CandidateRow['evidence_grade'],
      sample_size: score.sample_size as number,
      hours_saved_p10: String(score.hours_saved_p10),
      hours_saved_p50: String(score.hours_saved_p50),
      hours_saved_p90: String(score.hours_saved_p90),
      net_benefit_p10: money(score.net_benefit_p10),
      net_benefit_p50: money(score.net_benefit_p50),
      net_benefit_p90: money(score.net_benefit_p90),
      npv_p10: money(score.npv_p10),
      npv_p50: money(score.npv_p50),
      npv_p90: money(score.npv_p90),
      probability_positive_npv: String(score.probability_positive_npv),
      payback_months: typeof score.payback_months === 'number' ? String(score.payback_months) : null,
      payback_p10: typeof score.payback_p10 === 'number' ? String(score.payback_p10) : null,
      payback_p50: typeof score.payback_p50 === 'number' ? String(score.payback_p50) : null,
      payback_p90: typeof score.payback_p90 === 'number' ? String(score.payback_p90) : null,
      standard_errors: score.standard_errors as CandidateRow['standard_errors'],
      warnings: score.warnings as string[],
      explanation: score.explanation as string,
      method_version: score.method_version as string,
      computed_at: new Date(score.computed_at as string),
      annual_volume: score.result.evidence.annualVolume.value,
      sort_key: money(score.npv_p50),
    },
    rank,
  );
}

export function toAutomationScenarioType(entity: AutomationScenarioEntity): AutomationScenarioType {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    processId: entity.processId,
    botLicensePerYear: entity.botLicensePerYear,
    implementationCost: entity.implementationCost,
    grantAmount: entity.grantAmount,
    hourlyLabourCost: entity.hourlyLabourCost,
    costPerError: entity.costPerError,
    maintenanceShare: entity.maintenanceShare,
    supervisionMinutes: entity.supervisionMinutes,
    botSpeedFactor: entity.botSpeedFactor,
    botCapacityHours: entity.botCapacityHours,
    horizonYears: entity.horizonYears,
    discountRate: entity.discountRate,
    productiveHoursPerFte: entity.productiveHoursPerFte,
    monteCarloSeed: entity.monteCarloSeed,
    automatableExceptionCorrelation: entity.automatableExceptionCorrelation,
    monteCarloDraws: entity.monteCarloDraws,
    version: entity.version,
    updatedAt: entity.updatedAt,
  };
}

export function toReadinessWeightsType(organizationId: string, entity: ReadinessWeightsEntity | null): ReadinessWeightsType {
  if (!entity) {
    return { organizationId, stability: 1, standardisation: 1, structuredInput: 1, applicationComplexity: 1, documentation: 1, version: 0 };
  }
  return {
    organizationId,
    stability: entity.stability,
    standardisation: entity.standardisation,
    structuredInput: entity.structuredInput,
    applicationComplexity: entity.applicationComplexity,
    documentation: entity.documentation,
    version: entity.version,
  };
}
