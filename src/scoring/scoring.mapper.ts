import type { AutomationScenarioEntity } from './automation-scenario.entity.js';
import type { CandidateRow } from './candidate-ranking.query.js';
import type { AutomationScenarioType, ReadinessWeightsType } from './dtos/scenario.type.js';
import type { CandidateType } from './dtos/scoring.types.js';
import type { ReadinessWeightsEntity } from './readiness-weights.entity.js';

export function toCandidateType(row: CandidateRow, rank: number): CandidateType {
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
    annualVolume: row.annual_volume,
    hoursSaved: { p10: Number(row.hours_saved_p10), p50: Number(row.hours_saved_p50), p90: Number(row.hours_saved_p90) },
    netAnnualBenefit: { p10: row.net_benefit_p10, p50: row.net_benefit_p50, p90: row.net_benefit_p90 },
    npv: { p10: row.npv_p10, p50: row.npv_p50, p90: row.npv_p90 },
    probabilityPositiveNpv: Number(row.probability_positive_npv),
    paybackMonths: row.payback_months === null ? null : Number(row.payback_months),
    evidenceGrade: row.evidence_grade,
    sampleSize: row.sample_size,
    warnings: row.warnings,
    explanation: row.explanation,
    methodVersion: row.method_version,
    computedAt: row.computed_at,
  };
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
