export enum OrganizationKind {
  GMINA = 'GMINA',
  POWIAT = 'POWIAT',
  VOIVODESHIP = 'VOIVODESHIP',
  OTHER = 'OTHER',
}
