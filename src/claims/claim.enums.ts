/** What a vendor's claim is about (methodology section 5). */
export enum ClaimMetric {
  /** Mean touch minutes per case ("service time"). */
  HANDLING_TIME = 'HANDLING_TIME',
  LEAD_TIME = 'LEAD_TIME',
  /** Time to the first response. */
  REACTION_TIME = 'REACTION_TIME',
  /** Share of cases with an error. */
  ERROR_RATE = 'ERROR_RATE',
  /** Labour, errors and automation running costs per case. */
  COST_PER_CASE = 'COST_PER_CASE',
  /** Service hours per week. */
  AVAILABILITY = 'AVAILABILITY',
}

export enum ClaimDirection {
  DECREASE = 'DECREASE',
  INCREASE = 'INCREASE',
}

/** What a claim covers: one process, one category of an organization's processes, or all of them. */
export enum ClaimScopeKind {
  PROCESS = 'PROCESS',
  CATEGORY = 'CATEGORY',
  ORGANIZATION = 'ORGANIZATION',
}

export enum ExAnteVerdict {
  PLAUSIBLE = 'PLAUSIBLE',
  OPTIMISTIC = 'OPTIMISTIC',
  IMPLAUSIBLE = 'IMPLAUSIBLE',
  UNDETERMINED = 'UNDETERMINED',
}

export enum ExPostVerdict {
  SUPPORTED = 'SUPPORTED',
  CONTRADICTED = 'CONTRADICTED',
  INCONCLUSIVE = 'INCONCLUSIVE',
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
}
