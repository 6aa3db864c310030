import type { AutomationScenarioEntity } from './automation-scenario.entity.js';
import type { CandidateRow } from './candidate-ranking.query.js';
import type { AutomationScenarioType, ReadinessWeightsType } from './dtos/scenario.type.js';
import type { CandidateType } from './dtos/scoring.types.js';
import type { Candidate } from './scoring.data.js';
import type { ReadinessWeightsEntity } from './readiness-weights.entity.js';
import type { StoredScore } from './stored-score.js';
import { roundToStandardError } from '../statistics/index.js';

type Triple = { p10: number; p50: number; p90: number };
type OpenTriple = { p10: number | null; p50: number | null; p90: number | null };
type DisplayFigures = Candidate['display'];
const nullableNumber = (value: string | null) => (value === null ? null : Number(value));
const roundedOpen = (values: OpenTriple, errors: OpenTriple | undefined): OpenTriple => {
  const at = (key: keyof OpenTriple) => {
    const value = values[key];
    const error = errors?.[key];
    return value === null || error === null || error === undefined ? value : roundToStandardError(value, error);
  };
  return { p10: at('p10'), p50: at('p50'), p90: at('p90') };
};

const shown = (value: number, error: number | undefined): number => (error === undefined ? value : roundToStandardError(value, error));

/**
 * P10, P50 and P90 stored as decimal text, each converted to a number (and rounded to its
 * standard error, when given) only when read: the conversion was a tenth of a ranking page's
 * mapping, and the web's ranking asks one percentile of the hours saved.
 */
class StoredRange implements Triple {
  constructor(
    private readonly p10Text: string,
    private readonly p50Text: string,
    private readonly p90Text: string,
    private readonly errors?: Triple,
  ) {}

  get p10(): number {
    return shown(Number(this.p10Text), this.errors?.p10);
  }

  get p50(): number {
    return shown(Number(this.p50Text), this.errors?.p50);
  }

  get p90(): number {
    return shown(Number(this.p90Text), this.errors?.p90);
  }
}

const plainRange = (range: Triple): Triple => ({ p10: range.p10, p50: range.p50, p90: range.p90 });

/** The simulated figures of a stored score rounded to their Monte Carlo standard errors, each made when read. */
class StoredDisplayFigures implements DisplayFigures {
  constructor(private readonly row: CandidateRow) {}

  get hoursSaved(): Triple {
    const row = this.row;
    return new StoredRange(row.hours_saved_p10, row.hours_saved_p50, row.hours_saved_p90, row.standard_errors?.hoursSaved);
  }

  get netAnnualBenefit(): Triple {
    const row = this.row;
    return new StoredRange(row.net_benefit_p10, row.net_benefit_p50, row.net_benefit_p90, row.standard_errors?.netAnnualBenefit);
  }

  get npv(): Triple {
    const row = this.row;
    return new StoredRange(row.npv_p10, row.npv_p50, row.npv_p90, row.standard_errors?.npv);
  }

  get payback(): OpenTriple | null {
    const payback = paybackOf(this.row);
    return payback && roundedOpen(payback, this.row.standard_errors?.paybackMonths);
  }

  get probabilityPositiveNpv(): number {
    const probability = Number(this.row.probability_positive_npv);
    const errors = this.row.standard_errors;
    return errors ? roundToStandardError(probability, errors.probabilityPositiveNpv) : probability;
  }
}

/** Payback percentiles exist from savings-2 on, the method that stores standard errors. */
const paybackOf = (row: CandidateRow): OpenTriple | null =>
  row.standard_errors ? { p10: nullableNumber(row.payback_p10), p50: nullableNumber(row.payback_p50), p90: nullableNumber(row.payback_p90) } : null;

/**
 * A stored score as the API shows it: raw columns, the Monte Carlo standard errors, and the
 * simulated figures rounded to them for display (raw where a score before savings-2 has none).
 * Each field is made from the row when it is read, from the columns candidate-ranking.query's
 * candidateColumns names for it: GraphQL reads only the fields a document asks for, so a ranking
 * page reads and converts no column the screen does not show. Not plain data (its fields are
 * getters): toCandidateType makes the plain object that other features receive.
 */
class StoredCandidate implements Candidate {
  constructor(
    private readonly row: CandidateRow,
    readonly rank: number,
  ) {}

  get processId(): string {
    return this.row.process_id;
  }

  get processName(): string {
    return this.row.process_name;
  }

  get organizationId(): string {
    return this.row.organization_id;
  }

  get category(): Candidate['category'] {
    return this.row.category;
  }

  get departmentId(): string | null {
    return this.row.department_id;
  }

  get status(): Candidate['status'] {
    return this.row.status;
  }

  get automationPotential(): number {
    return Number(this.row.automation_potential);
  }

  get easeOfImplementation(): number {
    return Number(this.row.ease_of_implementation);
  }

  get quadrant(): Candidate['quadrant'] {
    return this.row.quadrant;
  }

  get candidate(): boolean {
    return this.row.candidate;
  }

  get notCandidateReason(): Candidate['notCandidateReason'] {
    return this.row.not_candidate_reason;
  }

  get annualVolume(): number | null {
    return this.row.annual_volume;
  }

  get hoursSaved(): Triple {
    return new StoredRange(this.row.hours_saved_p10, this.row.hours_saved_p50, this.row.hours_saved_p90);
  }

  get netAnnualBenefit(): Candidate['netAnnualBenefit'] {
    return { p10: this.row.net_benefit_p10, p50: this.row.net_benefit_p50, p90: this.row.net_benefit_p90 };
  }

  get npv(): Candidate['npv'] {
    return { p10: this.row.npv_p10, p50: this.row.npv_p50, p90: this.row.npv_p90 };
  }

  get probabilityPositiveNpv(): number {
    return Number(this.row.probability_positive_npv);
  }

  get paybackMonths(): number | null {
    return nullableNumber(this.row.payback_months);
  }

  get payback(): OpenTriple | null {
    return paybackOf(this.row);
  }

  get standardErrors(): Candidate['standardErrors'] {
    const errors = this.row.standard_errors;
    return errors
      ? {
          hoursSaved: errors.hoursSaved,
          netAnnualBenefit: errors.netAnnualBenefit,
          npv: errors.npv,
          payback: errors.paybackMonths,
          probabilityPositiveNpv: errors.probabilityPositiveNpv,
        }
      : null;
  }

  get display(): DisplayFigures {
    return new StoredDisplayFigures(this.row);
  }

  get evidenceGrade(): Candidate['evidenceGrade'] {
    return this.row.evidence_grade;
  }

  get sampleSize(): number {
    return this.row.sample_size;
  }

  get warnings(): string[] {
    return this.row.warnings;
  }

  get explanation(): string {
    return this.row.explanation;
  }

  get methodVersion(): string {
    return this.row.method_version;
  }

  get computedAt(): Date {
    return this.row.computed_at;
  }
}

/**
 * A ranking row for GraphQL, which reads only the fields its document asks for: the row may hold
 * only those fields' columns (candidateColumns).
 */
export function storedCandidate(row: CandidateRow, rank: number): Candidate {
  return new StoredCandidate(row, rank);
}

/** A stored score as plain data: every field of storedCandidate, made once. */
export function toCandidateType(row: CandidateRow, rank: number): CandidateType {
  const stored = new StoredCandidate(row, rank);
  const display = stored.display;
  return {
    rank,
    processId: stored.processId,
    processName: stored.processName,
    organizationId: stored.organizationId,
    category: stored.category,
    departmentId: stored.departmentId,
    status: stored.status,
    automationPotential: stored.automationPotential,
    easeOfImplementation: stored.easeOfImplementation,
    quadrant: stored.quadrant,
    candidate: stored.candidate,
    notCandidateReason: stored.notCandidateReason,
    annualVolume: stored.annualVolume,
    hoursSaved: plainRange(stored.hoursSaved),
    netAnnualBenefit: stored.netAnnualBenefit,
    npv: stored.npv,
    probabilityPositiveNpv: stored.probabilityPositiveNpv,
    paybackMonths: stored.paybackMonths,
    payback: stored.payback,
    standardErrors: stored.standardErrors,
    display: {
      hoursSaved: plainRange(display.hoursSaved),
      netAnnualBenefit: plainRange(display.netAnnualBenefit),
      npv: plainRange(display.npv),
      payback: display.payback,
      probabilityPositiveNpv: display.probabilityPositiveNpv,
    },
    evidenceGrade: stored.evidenceGrade,
    sampleSize: stored.sampleSize,
    warnings: stored.warnings,
    explanation: stored.explanation,
    methodVersion: stored.methodVersion,
    computedAt: stored.computedAt,
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
