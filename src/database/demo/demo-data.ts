import { OrganizationKind } from '../../organizations/organization-kind.enum.js';
import { ProcessCategory, ProcessStatus, StepInputType } from '../../processes/domain/process.enums.js';

/*
 * Demo dataset: a fictional city with powiat rights of ~52 000 inhabitants (so it also
 * registers vehicles). All volumes, minutes and costs are ILLUSTRATIVE orders of magnitude
 * taken from shared/spec/domain-notes.md ("rough volumes for a town of ~50 000"), not
 * statistics of any real office. The TERYT code uses powiat number 99, which does not exist,
 * so it cannot collide with a real unit.
 *
 * Labour cost 62 PLN/h: an illustrative fully loaded cost (gross pay ~7 000 PLN/month plus
 * employer contributions, over ~135 productive hours a month).
 */

const { STRUCTURED_DIGITAL: STRUCTURED, UNSTRUCTURED_DIGITAL: UNSTRUCTURED, PAPER } = StepInputType;

export interface DemoStep {
  name: string;
  minutesPerCase: number;
  ruleBased: boolean;
  inputType: StepInputType;
  systems: string[];
  automatableOverride?: boolean;
  automatableReason?: string;
}

export interface DemoProcess {
  department: string;
  name: string;
  category: ProcessCategory;
  description: string;
  ownerContact: string;
  status: ProcessStatus;
  exceptionRate: number;
  expectedChanges12m: number;
  applicationCount: number;
  documentationAvailable: boolean;
  statutoryDeadlineDays: number | null;
  decidesAboutPerson: boolean;
  standardisationEstimate: number;
  hourlyLabourCost: string;
  costPerError: string;
  estimatedMonthlyVolume: number;
  estimatedHandlingMinutes: number;
  estimatedErrorRate: number;
  steps: DemoStep[];
}

export const DEMO_ORGANIZATION = {
  name: 'Miasto Zielonogród Dolny (demo)',
  terytCode: '1499011',
  kind: OrganizationKind.GMINA,
  population: 52_000,
  currency: 'PLN',
};

export const DEMO_DEPARTMENTS = [
  'Wydział Finansowo-Księgowy',
  'Wydział Komunikacji',
  'Kancelaria Ogólna',
  'Wydział Podatków i Opłat Lokalnych',
  'Wydział Gospodarki Komunalnej',
  'Wydział Organizacyjny',
  'Wydział Architektury i Budownictwa',
  'Wydział Geodezji i Gospodarki Nieruchomościami',
];

const LABOUR = '62.00';

export const DEMO_PROCESSES: DemoProcess[] = [
  {
    department: 'Wydział Finansowo-Księgowy',
    name: 'Incoming invoice registration and posting',
    // In a bot pilot since March 2026: its 2025 baseline and 2026 pilot periods test the vendor's claims.
    category: ProcessCategory.INVOICE_PROCESSING,
    description:
      'Cost invoices arrive mostly through KSeF as structured XML, some still as PDF by e-mail; each is registered, checked by the ordering department, posted and approved for payment.',
    ownerContact: 'ksiegowosc@zielonogrod.example',
    status: ProcessStatus.PILOT,
    exceptionRate: 0.12,
    expectedChanges12m: 1,
    applicationCount: 3,
    documentationAvailable: true,
    statutoryDeadlineDays: null,
    decidesAboutPerson: false,
    standardisationEstimate: 0.7,
    hourlyLabourCost: LABOUR,
    costPerError: '45.00',
    estimatedMonthlyVolume: 1_850,
    estimatedHandlingMinutes: 9,
    estimatedErrorRate: 0.04,
    steps: [
      { name: 'Download invoice from KSeF or the e-mail inbox', minutesPerCase: 1, ruleBased: true, inputType: STRUCTURED, systems: ['KSeF'] },
      { name: 'Register invoice in the financial-accounting system', minutesPerCase: 2.5, ruleBased: true, inputType: STRUCTURED, systems: ['FK system'] },
      { name: 'Substantive check by the ordering department', minutesPerCase: 3, ruleBased: false, inputType: UNSTRUCTURED, systems: ['EZD RP'] },
      { name: 'Formal and accounting check, posting to budget classification', minutesPerCase: 2, ruleBased: true, inputType: STRUCTURED, systems: ['FK system'] },
      { name: 'Approve for payment', minutesPerCase: 0.5, ruleBased: false, inputType: STRUCTURED, systems: ['FK system'] },
    ],
  },
  {
    department: 'Wydział Gospodarki Komunalnej',
    name: 'Electricity meter readings for municipal buildings and street lighting',
    category: ProcessCategory.ENERGY_READINGS,
    description:
      'Monthly readings of ~280 meters are downloaded from the energy suppliers\' portals and copied into the municipal energy-monitoring sheet; anomalies are reported to building managers.',
    ownerContact: 'energetyk@zielonogrod.example',
    status: ProcessStatus.PILOT,
    exceptionRate: 0.05,
    expectedChanges12m: 0,
    applicationCount: 3,
    documentationAvailable: true,
    statutoryDeadlineDays: null,
    decidesAboutPerson: false,
    standardisationEstimate: 0.9,
    hourlyLabourCost: LABOUR,
    costPerError: '120.00',
    estimatedMonthlyVolume: 280,
    estimatedHandlingMinutes: 6,
    estimatedErrorRate: 0.03,
    steps: [
      { name: 'Log in to the supplier portal and download readings', minutesPerCase: 3, ruleBased: true, inputType: STRUCTURED, systems: ['Supplier portal A', 'Supplier portal B'] },
      { name: 'Copy readings into the energy-monitoring sheet', minutesPerCase: 2, ruleBased: true, inputType: STRUCTURED, systems: ['Energy monitoring sheet'] },
      { name: 'Review anomalies and notify building manager', minutesPerCase: 1, ruleBased: false, inputType: STRUCTURED, systems: ['E-mail'] },
    ],
  },
  {
    department: 'Wydział Komunikacji',
    name: 'Vehicle registration document checks',
    category: ProcessCategory.VEHICLE_REGISTRATION,
    description:
      'Applications for registering a vehicle: completeness of documents, vehicle data in CEPiK, fee payment, then the registration decision.',
    ownerContact: 'komunikacja@zielonogrod.example',
    status: ProcessStatus.DRAFT,
    exceptionRate: 0.18,
    expectedChanges12m: 2,
    applicationCount: 2,
    documentationAvailable: true,
    statutoryDeadlineDays: 30,
    decidesAboutPerson: true,
    standardisationEstimate: 0.6,
    hourlyLabourCost: LABOUR,
    costPerError: '80.00',
    estimatedMonthlyVolume: 2_500,
    estimatedHandlingMinutes: 14,
    estimatedErrorRate: 0.05,
    steps: [
      { name: 'Check completeness of the submitted documents', minutesPerCase: 4, ruleBased: true, inputType: PAPER, systems: [] },
      { name: 'Verify vehicle and owner data in CEPiK', minutesPerCase: 5, ruleBased: true, inputType: STRUCTURED, systems: ['CEPiK'] },
      { name: 'Confirm the registration fee was paid', minutesPerCase: 1, ruleBased: true, inputType: STRUCTURED, systems: ['Payments system'] },
      { name: 'Issue the registration decision and certificate', minutesPerCase: 4, ruleBased: false, inputType: STRUCTURED, systems: ['CEPiK'] },
    ],
  },
  {
    department: 'Kancelaria Ogólna',
    name: 'Incoming correspondence registration',
    category: ProcessCategory.CORRESPONDENCE,
    description:
      'Letters arrive by ePUAP, e-Doręczenia and on paper; paper is scanned, everything is registered in EZD RP and assigned to a department.',
    ownerContact: 'kancelaria@zielonogrod.example',
    status: ProcessStatus.ASSESSED,
    exceptionRate: 0.1,
    expectedChanges12m: 1,
    applicationCount: 3,
    documentationAvailable: true,
    statutoryDeadlineDays: null,
    decidesAboutPerson: false,
    standardisationEstimate: 0.75,
    hourlyLabourCost: LABOUR,
    costPerError: '25.00',
    estimatedMonthlyVolume: 5_000,
    estimatedHandlingMinutes: 4,
    estimatedErrorRate: 0.02,
    steps: [
      { name: 'Collect items from ePUAP and e-Doręczenia', minutesPerCase: 0.5, ruleBased: true, inputType: STRUCTURED, systems: ['ePUAP', 'e-Doręczenia'] },
      { name: 'Scan paper mail', minutesPerCase: 1.5, ruleBased: true, inputType: PAPER, systems: ['Scanner'] },
      { name: 'Register the item in EZD RP', minutesPerCase: 1.5, ruleBased: true, inputType: UNSTRUCTURED, systems: ['EZD RP'] },
      { name: 'Assign to the competent department', minutesPerCase: 0.5, ruleBased: false, inputType: UNSTRUCTURED, systems: ['EZD RP'] },
    ],
  },
  {
    department: 'Wydział Podatków i Opłat Lokalnych',
    name: 'Property-tax declarations from legal persons and information from individuals',
    category: ProcessCategory.TAX_PROCESSING,
    description:
      'Declarations (DN-1) and information (IN-1) on property tax: registration, check against the land and building register, tax computation and, for individuals, the tax decision.',
    ownerContact: 'podatki@zielonogrod.example',
    status: ProcessStatus.DRAFT,
    exceptionRate: 0.25,
    expectedChanges12m: 1,
    applicationCount: 2,
    documentationAvailable: true,
    statutoryDeadlineDays: 30,
    decidesAboutPerson: true,
    standardisationEstimate: 0.55,
    hourlyLabourCost: LABOUR,
    costPerError: '150.00',
    estimatedMonthlyVolume: 420,
    estimatedHandlingMinutes: 25,
    estimatedErrorRate: 0.06,
    steps: [
      { name: 'Register the declaration in the local-tax system', minutesPerCase: 5, ruleBased: true, inputType: UNSTRUCTURED, systems: ['Local-tax system'] },
      { name: 'Check areas against the land and building register', minutesPerCase: 8, ruleBased: true, inputType: STRUCTURED, systems: ['EGiB'] },
      { name: 'Compute the tax with the current rates', minutesPerCase: 4, ruleBased: true, inputType: STRUCTURED, systems: ['Local-tax system'] },
      { name: 'Prepare and sign the tax decision', minutesPerCase: 8, ruleBased: false, inputType: STRUCTURED, systems: ['Local-tax system', 'EZD RP'] },
    ],
  },
  {
    department: 'Wydział Gospodarki Komunalnej',
    name: 'Water-consumption analysis for municipal buildings',
    category: ProcessCategory.WATER_CONSUMPTION,
    description:
      'Monthly water readings of ~120 municipal buildings from the water utility\'s portal, compared with last year to find leaks.',
    ownerContact: 'komunalna@zielonogrod.example',
    status: ProcessStatus.ASSESSED,
    exceptionRate: 0.08,
    expectedChanges12m: 0,
    applicationCount: 2,
    documentationAvailable: false,
    statutoryDeadlineDays: null,
    decidesAboutPerson: false,
    standardisationEstimate: 0.85,
    hourlyLabourCost: LABOUR,
    costPerError: '300.00',
    estimatedMonthlyVolume: 120,
    estimatedHandlingMinutes: 8,
    estimatedErrorRate: 0.02,
    steps: [
      { name: 'Download readings from the water utility portal', minutesPerCase: 3, ruleBased: true, inputType: STRUCTURED, systems: ['Water utility portal'] },
      { name: 'Compare with the same month last year', minutesPerCase: 3, ruleBased: true, inputType: STRUCTURED, systems: ['Spreadsheet'] },
      { name: 'Decide whether to report a suspected leak', minutesPerCase: 2, ruleBased: false, inputType: STRUCTURED, systems: ['E-mail'] },
    ],
  },
  {
    department: 'Wydział Podatków i Opłat Lokalnych',
    name: 'Farmers\' fuel excise refund applications',
    category: ProcessCategory.AGRICULTURAL_SUBMISSIONS,
    description:
      'Twice a year farmers apply for the refund of excise duty in diesel fuel; the office checks farmland in the agricultural-tax register and fuel invoices, issues decisions and requests the subsidy from the voivode.',
    ownerContact: 'rolny@zielonogrod.example',
    status: ProcessStatus.DRAFT,
    exceptionRate: 0.15,
    expectedChanges12m: 1,
    applicationCount: 2,
    documentationAvailable: true,
    statutoryDeadlineDays: 30,
    decidesAboutPerson: true,
    standardisationEstimate: 0.7,
    hourlyLabourCost: LABOUR,
    costPerError: '90.00',
    estimatedMonthlyVolume: 150,
    estimatedHandlingMinutes: 15,
    estimatedErrorRate: 0.04,
    steps: [
      { name: 'Register the paper application', minutesPerCase: 3, ruleBased: true, inputType: PAPER, systems: ['EZD RP'] },
      { name: 'Check farmland area in the agricultural-tax register', minutesPerCase: 3, ruleBased: true, inputType: STRUCTURED, systems: ['Local-tax system'] },
      { name: 'Add up litres from the attached fuel invoices', minutesPerCase: 5, ruleBased: true, inputType: PAPER, systems: [] },
      { name: 'Issue the refund decision', minutesPerCase: 4, ruleBased: false, inputType: STRUCTURED, systems: ['Local-tax system'] },
    ],
  },
  {
    department: 'Wydział Organizacyjny',
    name: 'Tracking validity of contracts, insurance policies and powers of attorney',
    category: ProcessCategory.DOCUMENT_VALIDITY,
    description:
      'A register of documents with expiry dates; staff check it weekly and remind the responsible person before a document lapses.',
    ownerContact: 'organizacyjny@zielonogrod.example',
    status: ProcessStatus.ASSESSED,
    exceptionRate: 0.05,
    expectedChanges12m: 0,
    applicationCount: 1,
    documentationAvailable: false,
    statutoryDeadlineDays: null,
    decidesAboutPerson: false,
    standardisationEstimate: 0.9,
    hourlyLabourCost: LABOUR,
    costPerError: '500.00',
    estimatedMonthlyVolume: 50,
    estimatedHandlingMinutes: 10,
    estimatedErrorRate: 0.03,
    steps: [
      { name: 'Find documents expiring within 30 days in the register', minutesPerCase: 4, ruleBased: true, inputType: STRUCTURED, systems: ['Document register sheet'] },
      { name: 'Send a reminder to the responsible person', minutesPerCase: 3, ruleBased: true, inputType: STRUCTURED, systems: ['E-mail'] },
      { name: 'Record the renewal', minutesPerCase: 3, ruleBased: true, inputType: UNSTRUCTURED, systems: ['Document register sheet'] },
    ],
  },
  {
    department: 'Wydział Organizacyjny',
    name: 'Statistical reports to the statistics office (GUS)',
    category: ProcessCategory.STATISTICAL_REPORTING,
    description:
      'Tens of mandatory report types, monthly to yearly, compiled from domain systems and submitted through the statistics office\'s reporting portal.',
    ownerContact: 'organizacyjny@zielonogrod.example',
    status: ProcessStatus.DRAFT,
    exceptionRate: 0.2,
    expectedChanges12m: 3,
    applicationCount: 4,
    documentationAvailable: false,
    statutoryDeadlineDays: 14,
    decidesAboutPerson: false,
    standardisationEstimate: 0.4,
    hourlyLabourCost: LABOUR,
    costPerError: '200.00',
    estimatedMonthlyVolume: 4,
    estimatedHandlingMinutes: 180,
    estimatedErrorRate: 0.1,
    steps: [
      { name: 'Extract figures from domain systems', minutesPerCase: 90, ruleBased: true, inputType: STRUCTURED, systems: ['FK system', 'Local-tax system', 'EZD RP'] },
      { name: 'Reconcile and explain deviations', minutesPerCase: 60, ruleBased: false, inputType: UNSTRUCTURED, systems: ['Spreadsheet'] },
      { name: 'Fill in the form on the GUS reporting portal', minutesPerCase: 30, ruleBased: true, inputType: STRUCTURED, systems: ['GUS reporting portal'] },
    ],
  },
  {
    department: 'Wydział Geodezji i Gospodarki Nieruchomościami',
    name: 'Updating the municipal property database after notarial deeds',
    category: ProcessCategory.DATABASE_UPDATES,
    description:
      'Notaries send excerpts of deeds; owners and parcels are updated in the municipal property database and the tax register is notified.',
    ownerContact: 'nieruchomosci@zielonogrod.example',
    status: ProcessStatus.DRAFT,
    exceptionRate: 0.1,
    expectedChanges12m: 1,
    applicationCount: 2,
    documentationAvailable: true,
    statutoryDeadlineDays: null,
    decidesAboutPerson: false,
    standardisationEstimate: 0.65,
    hourlyLabourCost: LABOUR,
    costPerError: '100.00',
    estimatedMonthlyVolume: 200,
    estimatedHandlingMinutes: 12,
    estimatedErrorRate: 0.05,
    steps: [
      { name: 'Read the deed excerpt (PDF) and extract parcels and parties', minutesPerCase: 5, ruleBased: true, inputType: UNSTRUCTURED, systems: ['EZD RP'] },
      { name: 'Update owners in the property database', minutesPerCase: 5, ruleBased: true, inputType: STRUCTURED, systems: ['Property database'] },
      { name: 'Notify the tax department', minutesPerCase: 2, ruleBased: true, inputType: STRUCTURED, systems: ['EZD RP'] },
    ],
  },
  {
    department: 'Wydział Architektury i Budownictwa',
    name: 'Building-permit application completeness check',
    category: ProcessCategory.PERMITS,
    description:
      'Formal check of building-permit applications before the substantive review; missing documents are requested from the investor.',
    ownerContact: 'architektura@zielonogrod.example',
    status: ProcessStatus.REJECTED,
    exceptionRate: 0.4,
    expectedChanges12m: 2,
    applicationCount: 2,
    documentationAvailable: true,
    statutoryDeadlineDays: 65,
    decidesAboutPerson: true,
    standardisationEstimate: 0.35,
    hourlyLabourCost: LABOUR,
    costPerError: '400.00',
    estimatedMonthlyVolume: 75,
    estimatedHandlingMinutes: 45,
    estimatedErrorRate: 0.08,
    steps: [
      { name: 'Check the application form and attachments list', minutesPerCase: 10, ruleBased: true, inputType: UNSTRUCTURED, systems: ['e-Budownictwo', 'EZD RP'] },
      { name: 'Check the design against the local zoning plan', minutesPerCase: 30, ruleBased: false, inputType: PAPER, systems: [] },
      { name: 'Request missing documents from the investor', minutesPerCase: 5, ruleBased: false, inputType: UNSTRUCTURED, systems: ['EZD RP'] },
    ],
  },
  {
    department: 'Kancelaria Ogólna',
    name: 'Requests for access to public information',
    category: ProcessCategory.OTHER,
    description:
      'Requests under the Access to Public Information Act: register, find the competent department, collect the answer, reply within 14 days.',
    ownerContact: 'kancelaria@zielonogrod.example',
    status: ProcessStatus.DRAFT,
    exceptionRate: 0.5,
    expectedChanges12m: 0,
    applicationCount: 2,
    documentationAvailable: true,
    statutoryDeadlineDays: 14,
    decidesAboutPerson: false,
    standardisationEstimate: 0.3,
    hourlyLabourCost: LABOUR,
    costPerError: '150.00',
    estimatedMonthlyVolume: 25,
    estimatedHandlingMinutes: 40,
    estimatedErrorRate: 0.05,
    steps: [
      { name: 'Register the request', minutesPerCase: 3, ruleBased: true, inputType: UNSTRUCTURED, systems: ['EZD RP'] },
      { name: 'Collect the information from departments', minutesPerCase: 30, ruleBased: false, inputType: UNSTRUCTURED, systems: ['EZD RP', 'E-mail'] },
      { name: 'Send the reply through ePUAP or e-mail', minutesPerCase: 7, ruleBased: true, inputType: STRUCTURED, systems: ['ePUAP'] },
    ],
  },
  {
    department: 'Wydział Podatków i Opłat Lokalnych',
    name: 'Certificates of no local-tax arrears',
    category: ProcessCategory.TAX_PROCESSING,
    description:
      'Residents and firms ask for a certificate that they owe no local taxes; the balance is checked in the tax system and the certificate issued within 7 days.',
    ownerContact: 'podatki@zielonogrod.example',
    status: ProcessStatus.ASSESSED,
    exceptionRate: 0.1,
    expectedChanges12m: 0,
    applicationCount: 2,
    documentationAvailable: true,
    statutoryDeadlineDays: 7,
    decidesAboutPerson: false,
    standardisationEstimate: 0.85,
    hourlyLabourCost: LABOUR,
    costPerError: '60.00',
    estimatedMonthlyVolume: 250,
    estimatedHandlingMinutes: 10,
    estimatedErrorRate: 0.02,
    steps: [
      { name: 'Register the request and the stamp-duty payment', minutesPerCase: 3, ruleBased: true, inputType: STRUCTURED, systems: ['ePUAP', 'EZD RP'] },
      { name: 'Check the balance in the local-tax system', minutesPerCase: 3, ruleBased: true, inputType: STRUCTURED, systems: ['Local-tax system'] },
      {
        name: 'Issue and sign the certificate',
        minutesPerCase: 4,
        ruleBased: true,
        inputType: STRUCTURED,
        systems: ['EZD RP'],
        automatableOverride: false,
        automatableReason: 'A qualified electronic signature of an authorised official is required.',
      },
    ],
  },
];

/**
 * The gmina's default automation scenario: the offer of the template petition RPA vendors send
 * to Polish municipalities (a 50 000 PLN grant), with ILLUSTRATIVE market-order costs: a bot
 * licence of ~20 000 PLN a year and an implementation of ~80 000 PLN. Other settings keep the
 * methodology's defaults.
 */
export const DEMO_SCENARIO = {
  botLicensePerYear: '20000.00',
  implementationCost: '80000.00',
  grantAmount: '50000.00',
};
