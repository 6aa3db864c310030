import { enumLabel, type LabelLanguage } from '../common/i18n/enum-labels.js';

export type ReportLanguage = LabelLanguage;
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['pl', 'en'];

const TEXTS = {
  pl: {
    verificationTitle: 'Sprawdzenie deklaracji dostawcy',
    rankingTitle: 'Ranking kandydatów do automatyzacji',
    organization: 'Urząd',
    teryt: 'Kod TERYT',
    language: 'Język raportu',
    languageName: 'polski',
    verificationId: 'Identyfikator sprawdzenia',
    verifiedAt: 'Czas sprawdzenia',
    claim: 'Deklaracja',
    quote: 'Cytat (dosłownie)',
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
    rankingTitle: 'Ranking of automation candidates',
    organization: 'Office',
    teryt: 'TERYT code',
    language: 'Report language',
    languageName: 'English',
    verificationId: 'Verification id',
    verifiedAt: 'Verified at',
    claim: 'Claim',
    quote: 'Quote (verbatim)',
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
} as const satisfies Record<ReportLanguage, Record<string, string>>;

export type ReportTextKey = keyof (typeof TEXTS)['pl'];

/** Words and number formats of one report language. */
export interface ReportWords {
  language: ReportLanguage;
  text: (key: ReportTextKey, values?: Record<string, string | number>) => string;
  label: (enumName: string, value: string) => string;
  number: (value: number, digits?: number) => string;
  integer: (value: number) => string;
  /** A share as a signed percentage, e.g. `+50,0%`. */
  signedPercent: (share: number | null, digits?: number) => string;
  percent: (share: number | null, digits?: number) => string;
  money: (value: number) => string;
  /** An instant as UTC, e.g. `2026-03-01 14:05 UTC` (the same in every language and time zone). */
  instant: (iso: string) => string;
}

export function reportWords(language: ReportLanguage): ReportWords {
  const locale = language === 'pl' ? 'pl-PL' : 'en-GB';
  const grouped = { useGrouping: 'always' } as const;
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimal = (digits: number) => {
    let format = decimals.get(digits);
    if (!format) decimals.set(digits, (format = new Intl.NumberFormat(locale, { ...grouped, minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return format;
  };
  const money = new Intl.NumberFormat(locale, { ...grouped, style: 'currency', currency: 'PLN', maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const catalogue: Record<string, string> = TEXTS[language];
  return {
    language,
    text: (key, values = {}) => catalogue[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match)),
    label: (enumName, value) => enumLabel(language, enumName, value),
    number: (value, digits = 2) => decimal(digits).format(value),
    integer: (value) => decimal(0).format(value),
    signedPercent: (share, digits = 1) => (share === null ? TEXTS[language].none : `${share > 0 ? '+' : share < 0 ? '−' : ''}${decimal(digits).format(Math.abs(share) * 100)}%`),
    percent: (share, digits = 1) => (share === null ? TEXTS[language].none : `${decimal(digits).format(share * 100)}%`),
    money: (value) => money.format(value),
    instant: (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`,
  };
}
