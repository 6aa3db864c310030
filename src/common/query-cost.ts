/**
 * Query cost of one operation that simulates for every process of an organization (re-scoring,
 * a claim verification): about what 100 processes' worth of fields would cost, so that a
 * document holds at most a few dozen of them.
 */
export const ORGANIZATION_WIDE_COMPUTATION_COST = 100;

/** Query cost of one process's assessment run on demand (its Monte Carlo draws, twice at most). */
export const SINGLE_PROCESS_COMPUTATION_COST = 10;
