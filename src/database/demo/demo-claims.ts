import { ClaimDirection, ClaimMetric, ClaimScopeKind } from '../../claims/claim.enums.js';

/**
 * The five figures of the template petition that RPA vendors send to Polish municipalities
 * (with the offer of a 50 000 PLN grant), registered against the demo gmina as a whole. The
 * vendor and document are generic: the same text reached many offices.
 */
const PETITION = {
  vendor: 'RPA vendor (template petition)',
  sourceTitle: 'Petition to the mayor on the automation of office processes (template)',
  sourceDate: '2026-02-10',
  sourceReference: 'petition received through ePUAP (demo)',
  scopeKind: ClaimScopeKind.ORGANIZATION,
};

export const DEMO_CLAIMS = [
  { ...PETITION, metric: ClaimMetric.HANDLING_TIME, direction: ClaimDirection.DECREASE, magnitude: 0.5, sourceQuote: 'Service time shorter by 50%.' },
  { ...PETITION, metric: ClaimMetric.ERROR_RATE, direction: ClaimDirection.DECREASE, magnitude: 0.8, sourceQuote: 'Operational errors reduced by 80%.' },
  { ...PETITION, metric: ClaimMetric.AVAILABILITY, direction: ClaimDirection.INCREASE, magnitude: 0.24, sourceQuote: 'Availability of services higher by 24%.' },
  { ...PETITION, metric: ClaimMetric.REACTION_TIME, direction: ClaimDirection.DECREASE, magnitude: 0.4, sourceQuote: 'Reaction time shorter by 40%.' },
  { ...PETITION, metric: ClaimMetric.COST_PER_CASE, direction: ClaimDirection.DECREASE, magnitude: 0.3, sourceQuote: 'Operating costs lower by 30%.' },
];
