import type { EvidenceGrade } from '../measurements/domain/measurement.enums.js';
import type { ProcessCategory, ProcessStatus } from '../processes/domain/process.enums.js';
import type { CostScenario } from './domain/candidate-assessor.js';
import type { CostSource } from './score-assembly.js';
import type { NotCandidateReason, Quadrant } from './scoring.enums.js';

/**
 * Scores and settings as plain data: what the scoring feature gives the GraphQL API (whose
 * object types implement these) and other features (the reports).
 */
interface FigureRange {
  p10: number;
  p50: number;
  p90: number;
}

/** Null where the draws at that percentile never repay. */
interface PaybackRange {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/** Money as exact decimal text. */
interface MoneyRange {
  p10: string;
  p50: string;
  p90: string;
}

interface SimulatedFigures {
  hoursSaved: FigureRange;
  netAnnualBenefit: FigureRange;
  npv: FigureRange;
  payback: PaybackRange | null;
  probabilityPositiveNpv: number;
}

/** One process's stored score, with its place in a ranking. */
export interface Candidate {
  rank: number;
  processId: string;
  processName: string;
  organizationId: string;
  category: ProcessCategory;
  departmentId: string | null;
  status: ProcessStatus;
  automationPotential: number;
  easeOfImplementation: number;
  quadrant: Quadrant;
  candidate: boolean;
  notCandidateReason: NotCandidateReason | null;
  annualVolume: number | null;
  hoursSaved: FigureRange;
  netAnnualBenefit: MoneyRange;
  npv: MoneyRange;
  probabilityPositiveNpv: number;
  paybackMonths: number | null;
  payback: PaybackRange | null;
  /** Monte Carlo standard errors; null for a score computed before savings-2. */
  standardErrors: SimulatedFigures | null;
  /** The simulated figures rounded to their standard errors. */
  display: SimulatedFigures;
  evidenceGrade: EvidenceGrade;
  sampleSize: number;
  warnings: string[];
  explanation: string;
  methodVersion: string;
  computedAt: Date;
}

/** A page of a ranking, best first. */
export interface CandidatePage {
  edges: { cursor: string; node: Candidate }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** An office's Ease of Implementation weights (equal, version 0, until set). */
export interface ReadinessWeights {
  organizationId: string;
  stability: number;
  standardisation: number;
  structuredInput: number;
  applicationComplexity: number;
  documentation: number;
  version: number;
}

/** The settings an office's scores rest on. */
export interface ScoringSettings {
  /** The office's costs over the methodology's defaults, with where each came from. */
  costs: CostScenario;
  sources: Record<string, CostSource>;
  /** Seed and draws of the Monte Carlo, as the office set them or by default. */
  seed: number;
  draws: number;
  /** Processes with a scenario of their own (the rest follow the office's). */
  processOverrides: number;
  weights: ReadinessWeights;
  /** When any of these last changed, in ms since 1970 (0 while all are defaults). */
  changedAt: number;
}
