import type { EntityManager } from 'typeorm';
import type { ScoreFacts } from '../scoring/stored-score.js';
import type { BaselineFigures, DurationSummary } from '../measurements/domain/baseline-figures.js';
import { EvidenceGrade, PeriodKind } from '../measurements/domain/measurement.enums.js';
import { type LatestPeriod, readLatestPeriods } from '../measurements/latest-periods.js';
import { ProcessStatus, type StepInputType } from '../processes/domain/process.enums.js';
import { digitalInputShareOf } from '../processes/domain/step-automatability.js';
import type { CostParameters, MeanSample, PeriodEvidence } from './domain/period-evidence.js';
import type { ProcessStructure } from './domain/ex-ante.js';
import { SMALL_SAMPLE } from './domain/ex-post.js';

/** Everything a claim test needs about one process, read in the verification's transaction. */
export interface ProcessClaimEvidence {
  processId: string;
  processName: string;
  category: string;
  /** In pilot or automated now. */
  automated: boolean;
  structure: ProcessStructure;
  baseline: PeriodEvidence | null;
  after: PeriodEvidence | null;
  costs: CostParameters | null;
  /** Fields present in under 80% of a period's cases, with the period's label. */
  sparseFields: { label: string; field: string; share: number }[];
  /** What was read, stored with the verdicts so an auditor can reproduce them. */
  record: ClaimEvidenceRecord;
}

/** What a check stores of the evidence it read (in claim_check.inputs, with the costs and control). */
export interface ClaimEvidenceRecord {
  baselinePeriodId: string | null;
  afterPeriodId: string | null;
  baselineFigures: BaselineFigures | null;
  afterFigures: BaselineFigures | null;
  structure: ProcessStructure;
}

interface ProcessRow {
  process_id: string;
  process_name: string;
  category: string;
  status: ProcessStatus;
  exception_rate: string;
  service_hours_per_week: string | null;
}

function meanSample(summary: DurationSummary, values: number[] | undefined): MeanSample | null {
  if (summary.n === 0 || summary.mean === null) return null;
  return { n: summary.n, mean: summary.mean, sd: summary.sd ?? 0, values: values && values.length === summary.n ? values : undefined };
}

/** The raw durations of a small period: the bootstrap needs them (never for large periods). */
/** Raw values for the seeded bootstrap, in a fixed order (as the baseline reads them): rows moved on disk change no number. */
async function smallSampleValues(manager: EntityManager, periodId: string): Promise<{ handling: number[]; lead: number[]; reaction: number[] }> {
  const rows = await manager.query<{ handling: string | null; lead: number | null; reaction: number | null }[]>(
    `SELECT handling_minutes AS handling,
            date_part('epoch', completed_at - received_at) / 3600 AS lead,
            date_part('epoch', started_at - received_at) / 3600 AS reaction
       FROM case_record WHERE period_id = $1
      ORDER BY import_id, line`,
    [periodId],
  );
  const pick = (values: (number | string | null)[]) => values.filter((value) => value !== null).map(Number);
  return { handling: pick(rows.map((row) => row.handling)), lead: pick(rows.map((row) => row.lead)), reaction: pick(rows.map((row) => row.reaction)) };
}

async function periodEvidence(manager: EntityManager, period: LatestPeriod | undefined, fallbackServiceHours: number | null): Promise<PeriodEvidence | null> {
  if (!period) return null;
  const { figures } = period;
  const small = figures.grade !== EvidenceGrade.MONTHLY_TOTALS && figures.cases < SMALL_SAMPLE;
  const values = small ? await smallSampleValues(manager, period.periodId) : undefined;
  return {
    label: period.label,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    grade: figures.grade === EvidenceGrade.MONTHLY_TOTALS ? 'MONTHLY_TOTALS' : figures.grade === EvidenceGrade.EVENT_LOG ? 'EVENT_LOG' : 'CASE_SAMPLE',
    cases: figures.cases,
    months: figures.months,
    handling: meanSample(figures.touchTime, values?.handling),
    lead: meanSample(figures.leadTime, values?.lead),
    reaction: meanSample(figures.reactionTime, values?.reaction),
    errors: figures.errorRate.n > 0 ? { n: figures.errorRate.n, events: figures.errorRate.count } : null,
    annualVolume: figures.annualVolume,
    serviceHoursPerWeek: period.serviceHoursPerWeek ?? fallbackServiceHours,
    handlingByMonth: figures.monthlySeries
      ? figures.monthlySeries.flatMap((month) => (month.whole && month.handlingMean !== null ? [{ month: month.month, mean: month.handlingMean }] : []))
      : null,
  };
}

/**
 * Reads, for each process, its stored score (automatable share, cost distribution, costs), the
 * latest BASELINE and AFTER figures, and the step structure: a fixed number of queries however
 * many processes a claim covers, plus one small read per period with fewer than 30 cases.
 */
export async function loadClaimEvidence(
  manager: EntityManager,
  processIds: string[],
  scoreFacts: ReadonlyMap<string, ScoreFacts>,
): Promise<ProcessClaimEvidence[]> {
  if (processIds.length === 0) return [];
  const processes = await manager.query<ProcessRow[]>(
    `SELECT p.id AS process_id, p.name AS process_name, p.category, p.status, p.exception_rate, p.service_hours_per_week
       FROM process p WHERE p.id = ANY ($1::uuid[]) ORDER BY p.name, p.id`,
    [processIds],
  );
  const periods = await readLatestPeriods(manager, processIds, [PeriodKind.BASELINE, PeriodKind.AFTER]);
  const steps = await manager.query<{ processId: string; minutesPerCase: number; inputType: StepInputType }[]>(
    `SELECT process_id AS "processId", minutes_per_case::float8 AS "minutesPerCase", input_type AS "inputType"
       FROM workflow_step WHERE process_id = ANY ($1::uuid[]) ORDER BY process_id, position`,
    [processIds],
  );
  const stepsOf = new Map<string, typeof steps>();
  for (const step of steps) {
    const own = stepsOf.get(step.processId);
    if (own) own.push(step);
    else stepsOf.set(step.processId, [step]);
  }
  const evidence: ProcessClaimEvidence[] = [];
  for (const process of processes) {
    const score = scoreFacts.get(process.process_id);
    // The score reader scores every process it is asked about: a missing one is a bug.
    if (!score) throw new Error(`process ${process.process_id} has no stored score`);
    const own = periods.filter((period) => period.processId === process.process_id);
    const baselinePeriod = own.find((period) => period.kind === PeriodKind.BASELINE);
    const afterPeriod = own.find((period) => period.kind === PeriodKind.AFTER);
    const processHours = process.service_hours_per_week === null ? null : Number(process.service_hours_per_week);
    const baseline = await periodEvidence(manager, baselinePeriod, processHours);
    const after = await periodEvidence(manager, afterPeriod, null);
    const digitalInputShare = digitalInputShareOf(stepsOf.get(process.process_id) ?? []);
    const figures = baselinePeriod?.figures;
    const structure: ProcessStructure = {
      automatableShare: score.automatableShare,
      exceptionRate: Number(process.exception_rate),
      errorShareInAutomatableSteps: null,
      digitalInputShare,
      serviceHoursPerWeek: baseline?.serviceHoursPerWeek ?? processHours,
      hasWaitingTimeData: figures?.grade === EvidenceGrade.EVENT_LOG && figures.leadTime.n > 0 && figures.reactionTime.n > 0,
      relativeCostChange: score.relativeCostChange,
    };
    const sparseFields = [baselinePeriod, afterPeriod].flatMap((period) =>
      period ? period.figures.coverage.filter((field) => field.flagged).map((field) => ({ label: period.label, field: field.field, share: field.share })) : [],
    );
    evidence.push({
      processId: process.process_id,
      processName: process.process_name,
      category: process.category,
      automated: process.status === ProcessStatus.PILOT || process.status === ProcessStatus.AUTOMATED,
      structure,
      baseline,
      after,
      costs:
        score.hourlyLabourCost > 0
          ? { hourlyLabourCost: score.hourlyLabourCost, costPerError: score.costPerError, runningCostPerYear: score.runningCostPerYear }
          : null,
      sparseFields,
      record: {
        baselinePeriodId: baselinePeriod?.periodId ?? null,
        afterPeriodId: afterPeriod?.periodId ?? null,
        baselineFigures: baselinePeriod?.figures ?? null,
        afterFigures: afterPeriod?.figures ?? null,
        structure,
      },
    });
  }
  return evidence;
}
