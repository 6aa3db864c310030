import { linearTrend } from '../../statistics/index.js';
import { type ClaimStatement, percent } from './claim.js';
import type { CostParameters, ExPostOptions, PeriodEvidence } from './period-evidence.js';
import { MIN_PRE_TREND_MONTHS } from './monthly-did.js';

/** Another process of the office, measured before and after (not in the claim's scope). */
export interface PeerProcess {
  processId: string;
  name: string;
  category: string;
  /** In pilot or automated now: then it is no control, and its change may be its own robot's. */
  automated: boolean;
  baseline: PeriodEvidence;
  after: PeriodEvidence;
}

/** A change in the claim's direction (0.4 = 40% better) with its interval. */
export interface MeasuredChange {
  estimate: number;
  lower: number;
  upper: number;
}

export interface PeerChange extends MeasuredChange {
  processId: string;
  name: string;
}

export interface SharedTrend {
  processes: PeerChange[];
  warning: string;
}

export interface SuggestedControl {
  processId: string;
  processName: string;
  reason: string;
}

/** How a claim's change is measured on one process's two periods (ex-post.ts provides it). */
export type ChangeMeasure = (claim: ClaimStatement, baseline: PeriodEvidence, after: PeriodEvidence, costs: CostParameters | null, options: ExPostOptions) => MeasuredChange | null;

const overlaps = (a: PeriodEvidence, b: PeriodEvidence) =>
  a.startsOn !== null && a.endsOn !== null && b.startsOn !== null && b.endsOn !== null && a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;

/** Peers measured in the same two periods as the treated process (their dates overlap). */
export function peersInSamePeriods(treated: { baseline: PeriodEvidence; after: PeriodEvidence }, peers: readonly PeerProcess[]): PeerProcess[] {
  return peers.filter((peer) => overlaps(peer.baseline, treated.baseline) && overlaps(peer.after, treated.after));
}

/**
 * Without a control, a before/after change is not an effect: the office's other processes that
 * were not automated and moved the same way over the same periods, their whole interval on the
 * claim's side of no change, show a shared trend (a new system, fewer cases, a seasonal month).
 * Listed largest first with their sizes; null when none did.
 */
export function sharedTrend(
  claim: ClaimStatement,
  treated: { baseline: PeriodEvidence; after: PeriodEvidence },
  peers: readonly PeerProcess[],
  measure: ChangeMeasure,
  costs: CostParameters | null,
  options: ExPostOptions,
): SharedTrend | null {
  const moved: PeerChange[] = [];
  for (const peer of peersInSamePeriods(treated, peers)) {
    if (peer.automated) continue;
    const change = measure(claim, peer.baseline, peer.after, costs, options);
    if (change && change.lower > 0) moved.push({ processId: peer.processId, name: peer.name, ...change });
  }
  if (moved.length === 0) return null;
  moved.sort((a, b) => b.estimate - a.estimate || a.name.localeCompare(b.name));
  const level = percent(1 - options.alpha);
  const listed = moved
    .slice(0, 3)
    .map((peer) => `"${peer.name}" ${percent(peer.estimate, 1)} (${level} CI ${percent(peer.lower, 1)} to ${percent(peer.upper, 1)})`)
    .join(', ');
  const more = moved.length > 3 ? ` and ${moved.length - 3} more` : '';
  return {
    processes: moved,
    warning:
      `without a control process: ${moved.length} other process(es) of the office, not automated and measured in the same periods, ` +
      `improved the same way: ${listed}${more}; part of the measured change may not be the robot's: test against a control process`,
  };
}

/**
 * A control to suggest: a process of the same category, not in pilot or automated, measured in
 * the same two periods (alphabetically first); null when the office has none.
 */
export function suggestControl(category: string, treated: { baseline: PeriodEvidence; after: PeriodEvidence }, peers: readonly PeerProcess[]): SuggestedControl | null {
  const candidates = peersInSamePeriods(treated, peers)
    .filter((peer) => !peer.automated && peer.category === category)
    .sort((a, b) => a.name.localeCompare(b.name) || a.processId.localeCompare(b.processId));
  const [first] = candidates;
  if (!first) return null;
  return {
    processId: first.processId,
    processName: first.name,
    reason: 'same category, not in pilot or automated, measured in the same two periods',
  };
}

/** Before the pilot the treated process was already moving the claimed way, month by month. */
export interface BaselineTrend {
  months: number;
  /** Relative change per month of the monthly mean (−0.02 = 2% lower each month). */
  changePerMonth: number;
  pValue: number;
  warning: string;
}

/**
 * Without a control, a trend the process was already on counts as the robot's: with at least
 * MIN_PRE_TREND_MONTHS baseline months of mean handling minutes, their logs are fitted by least
 * squares against the month, and a fall (the only direction a handling-time claim can take,
 * IMPROVING_DIRECTION) that differs from 0 at the test's level (two-sided) is reported with its size.
 */
export function baselineTrend(claim: ClaimStatement, baseline: PeriodEvidence, alpha: number): BaselineTrend | null {
  if (claim.metric !== 'HANDLING_TIME' || !baseline.handlingByMonth) return null;
  const logs = [...baseline.handlingByMonth]
    .sort((a, b) => a.month.localeCompare(b.month))
    .flatMap((month) => (month.mean > 0 ? [Math.log(month.mean)] : []));
  if (logs.length < MIN_PRE_TREND_MONTHS) return null;
  const fit = linearTrend(logs);
  if (!(fit.slope < 0) || !(fit.slopePValue < alpha)) return null;
  const changePerMonth = Math.expm1(fit.slope);
  return {
    months: logs.length,
    changePerMonth,
    pValue: fit.slopePValue,
    warning:
      `before the pilot the mean handling time was already falling ${percent(-changePerMonth, 1)} a month ` +
      `(${logs.length} baseline months, p = ${fit.slopePValue.toPrecision(2)}): without a control process a before/after comparison counts that trend as the robot's`,
  };
}
