/** Readiness quadrant (methodology section 3). */
export enum Quadrant {
  QUICK_WIN = 'QUICK_WIN',
  STRATEGIC = 'STRATEGIC',
  LOW_VALUE = 'LOW_VALUE',
  NOT_READY = 'NOT_READY',
}

/** Keys the candidate ranking can be ordered by; every one sorts best first. */
export enum RankingOrder {
  NPV_P50 = 'NPV_P50',
  NET_BENEFIT_P50 = 'NET_BENEFIT_P50',
  HOURS_SAVED = 'HOURS_SAVED',
  AUTOMATION_POTENTIAL = 'AUTOMATION_POTENTIAL',
  PROBABILITY_POSITIVE_NPV = 'PROBABILITY_POSITIVE_NPV',
}

/** Why a process is no automation candidate (savings model, methodology section 4). */
export enum NotCandidateReason {
  NO_AUTOMATABLE_WORK = 'NO_AUTOMATABLE_WORK',
  NO_CASES_FOR_A_BOT = 'NO_CASES_FOR_A_BOT',
  SUPERVISION_NOT_LESS_THAN_WORK = 'SUPERVISION_NOT_LESS_THAN_WORK',
}
