import { enumLabel } from '../common/i18n/enum-labels.js';
import { fillPlaceholders, type Formatters, type Language, makeFormatters } from '../common/i18n/formatters.js';


const TEXTS = {
  pl: {
    verificationTitle: 'Sprawdzenie deklaracji dostawcy',
    organization: 'Urząd',
    teryt: 'Kod TERYT',
    language: 'Język raportu',
    languageName: 'polski',
    verificationId: 'Identyfikator sprawdzenia',
    verifiedAt: 'Czas sprawdzenia',
    claim: 'Deklaracja',
    vendor: 'Dostawca',
    document: 'Dokument',
    documentDate: 'Data dokumentu',
    reference: 'Adres lub sygnatura',
    metric: 'Miara',
    direction: 'Kierunek',
    magnitude: 'Wielkość',
    scope: 'Zakres',
    provenance: 'Pochodzenie danych',
    baselinePeriod: 'Okres bazowy',
    afterPeriod: 'Okres po wdrożeniu',
    noPeriod: 'brak',
    periodDeleted: 'okres usunięty po sprawdzeniu; jego wskaźniki są w zapisanych danych wejściowych',
    imports: 'Importy',
    file: 'Plik',
    rows: 'Wiersze',
    cases: 'Sprawy',
    grade: 'Rodzaj danych',
    noImports: 'brak importów (dane wpisane ręcznie lub usunięte)',
    method: 'Metoda i jej wersja',
    methodLine: 'Wersja metody {version}; poziom istotności {alpha}; ziarno {seed}; losowań {draws}; minimum spraw w okresie {minCases}; proces kontrolny: {control}.',
    noControl: 'brak',
    exAnte: 'Ocena przed wdrożeniem (ex ante)',
    exPost: 'Test po wdrożeniu (ex post)',
    process: 'Proces',
    verdict: 'Werdykt',
    bound: 'Osiągalna zmiana P10–P50–P90',
    assumptions: 'Założenia',
    estimate: 'Zmierzona zmiana',
    interval: '95% przedział ufności',
    sampleSizes: 'Liczebność: bazowy / po wdrożeniu',
    casesNeeded: 'Potrzeba spraw w okresie',
    explanation: 'Wyjaśnienie',
    notes: 'Uwagi',
    forestPlot: 'Zmiana w kierunku deklaracji z 95% przedziałami, wobec obiecanej wielkości (linia czerwona) i osiągalnej zmiany przed wdrożeniem (pasmo)',
    promise: 'obiecano {value}',
    reproduce: 'Jak to odtworzyć',
    inputsHash: 'SHA-256 zapisanych danych wejściowych',
    reproduceText:
      'Drugi audytor pobiera te same dane zapytaniem GraphQL poniżej, a test powtarza mutacją verifyClaim z tymi samymi opcjami (ziarno {seed}, losowań {draws}); wynik jest ten sam co do bitu dla tych samych danych. Wzory: docs/methodology.md.',
    page: 'Strona {page} z {pages}',
    generatedFrom: 'Raport z zapisanych danych; ten sam raport tych samych danych ma te same bajty.',
    none: '—',
  },
  en: {
    verificationTitle: 'Verification of a vendor claim',
    organization: 'Office',
    teryt: 'TERYT code',
    language: 'Report language',
    languageName: 'English',
    verificationId: 'Verification id',
    verifiedAt: 'Verified at',
    claim: 'Claim',
    vendor: 'Vendor',
    document: 'Document',
    documentDate: 'Document date',
    reference: 'URL or reference',
    metric: 'Metric',
    direction: 'Direction',
    magnitude: 'Magnitude',
    scope: 'Scope',
    provenance: 'Data provenance',
    baselinePeriod: 'Baseline period',
    afterPeriod: 'After period',
    noPeriod: 'none',
    periodDeleted: 'period deleted after the verification; its figures are in the stored inputs',
    imports: 'Imports',
    file: 'File',
    rows: 'Rows',
    cases: 'Cases',
    grade: 'Evidence grade',
    noImports: 'no imports (entered by hand, or deleted)',
    method: 'Method and its version',
    methodLine: 'Method version {version}; significance level {alpha}; seed {seed}; draws {draws}; minimum cases per period {minCases}; control process: {control}.',
    noControl: 'none',
    exAnte: 'Before the pilot (ex ante)',
    exPost: 'After the pilot (ex post)',
    process: 'Process',
    verdict: 'Verdict',
    bound: 'Achievable change P10–P50–P90',
    assumptions: 'Assumptions',
    estimate: 'Measured change',
    interval: '95% confidence interval',
    sampleSizes: 'Sample sizes: baseline / after',
    casesNeeded: 'Cases needed per period',
    explanation: 'Explanation',
    notes: 'Notes',
    forestPlot: 'Change in the claimed direction with 95% intervals, against the promised magnitude (red line) and the achievable change before the pilot (band)',
    promise: 'promised {value}',
    reproduce: 'How to reproduce',
    inputsHash: 'SHA-256 of the stored inputs',
    reproduceText:
      'A second auditor reads the same data with the GraphQL query below and repeats the test with the verifyClaim mutation and the same options (seed {seed}, draws {draws}); the same data gives the same result to the bit. Formulas: docs/methodology.md.',
    page: 'Page {page} of {pages}',
    generatedFrom: 'Generated from stored data; the same report of the same data has the same bytes.',
    none: '—',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ReportTextKey = keyof (typeof TEXTS)['pl'];

/** Words and number formats of one report language: the web app's formats (common/i18n), and two of its own. */
export interface ReportWords {
  language: Language;
  text: (key: ReportTextKey, values?: Record<string, string | number>) => string;
  label: (enumName: string, value: string) => string;
  number: Formatters['number'];
  integer: Formatters['integer'];
  /** A share as a percentage, `—` for none. */
  percent: (share: number | null, digits?: number) => string;
  /** A share as a signed percentage, e.g. `+55%`, `−7,5%` (a real minus sign). */
  signedPercent: (share: number | null, digits?: number) => string;
  /** An instant as UTC, e.g. `2026-03-01 14:05 UTC` (the same in every language and time zone). */
  instant: (iso: string) => string;
}

export function reportWords(language: Language): ReportWords {
  const format = makeFormatters(language);
  const catalogue: Record<string, string> = TEXTS[language];
  const none = TEXTS[language].none;
  return {
    language,
    text: (key, values) => fillPlaceholders(catalogue[key], values),
    label: (enumName, value) => enumLabel(language, enumName, value),
    number: format.number,
    integer: format.integer,
    percent: (share, digits = 1) => (share === null ? none : format.percent(share, digits)),
    signedPercent: (share, digits = 1) => (share === null ? none : `${share > 0 ? '+' : share < 0 ? '−' : ''}${format.percent(Math.abs(share), digits)}`),
    instant: (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`,
  };
}
