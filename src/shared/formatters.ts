/**
 * Numbers, money, shares and dates as a person reads them, in Polish (first) or English: one
 * set of formats for the web app and the reports, made with Intl (the same in a browser and in Node).
 */
export type Language = 'pl' | 'en';
export const LANGUAGES: readonly Language[] = ['pl', 'en'];

const LOCALES: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };

/** Fills `{name}` placeholders; a missing value is left visible rather than printed as "undefined". */
export function fillPlaceholders(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export interface Formatters {
  number: (value: number, fractionDigits?: number) => string;
  integer: (value: number) => string;
  /** An amount in złoty, e.g. `1 234,56 zł`. */
  money: (value: string | number) => string;
  /** An amount rounded to whole złoty, for simulated ranges whose grosze mean nothing: `309 388 zł`. */
  moneyRounded: (value: string | number) => string;
  /** A share as a percentage with exactly this many decimals (1 by default), so a column's figures line up: `55,0%`. */
  percent: (share: number, fractionDigits?: number) => string;
  /** A calendar date (YYYY-MM-DD) for tables: `04.03.2025`. */
  date: (isoDate: string) => string;
  /** A moment for tables: `04.03.2025, 14:05`. */
  dateTime: (iso: string) => string;
  /** A month (YYYY-MM-DD, first day) such as `mar 2025`. */
  month: (isoDate: string) => string;
  bytes: (count: number) => string;
}

/** Creates an Intl formatter on first use: building one loads locale data, which costs the first screen. */
function lazily<T>(create: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= create());
}

/** One formatter per number of digits, each made on first use (a table row asks for it again and again). */
function perDigits(create: (digits: number) => Intl.NumberFormat): (digits: number) => Intl.NumberFormat {
  const made = new Map<number, Intl.NumberFormat>();
  return (digits) => {
    let format = made.get(digits);
    if (!format) {
      format = create(digits);
      made.set(digits, format);
    }
    return format;
  };
}

export function makeFormatters(language: Language): Formatters {
  const locale = LOCALES[language];
  // Polish CLDR leaves 4-digit numbers ungrouped ("1234"); the glossary asks for "1 234".
  const grouped = { useGrouping: 'always' } as const;
  const decimal = perDigits((digits) => new Intl.NumberFormat(locale, { ...grouped, minimumFractionDigits: 0, maximumFractionDigits: digits }));
  const money = lazily(() => new Intl.NumberFormat(locale, { ...grouped, style: 'currency', currency: 'PLN', currencyDisplay: language === 'pl' ? 'symbol' : 'code' }));
  const moneyRounded = lazily(() => new Intl.NumberFormat(locale, { ...grouped, style: 'currency', currency: 'PLN', currencyDisplay: language === 'pl' ? 'symbol' : 'code', maximumFractionDigits: 0 }));
  const percents = perDigits((digits) => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const day = lazily(() => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }));
  const moment = lazily(() => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }));
  const monthFormat = lazily(() => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  return {
    number: (value, digits = 2) => decimal(digits).format(value),
    integer: (value) => decimal(0).format(value),
    money: (value) => money().format(Number(value)),
    moneyRounded: (value) => moneyRounded().format(Number(value)),
    percent: (share, digits = 1) => percents(digits).format(share),
    date: (isoDate) => day().format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso) => moment().format(new Date(iso)),
    month: (isoDate) => monthFormat().format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    bytes: (count) =>
      count < 1024 * 1024 ? `${decimal(1).format(count / 1024)} kB` : `${decimal(1).format(count / 1024 / 1024)} MB`,
  };
}

