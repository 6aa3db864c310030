/**
 * Query cost of one operation that simulates for every process of an organization (re-scoring,
 * a claim verification): about what 100 processes' worth of fields would cost, so that a
 * document holds at most a few dozen of them.
 */
export const ORGANIZATION_WIDE_COMPUTATION_COST = 100;
