import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './messages.en.js';
import { type MessageKey, pl } from './messages.pl.js';

export type Language = 'pl' | 'en';
export const LANGUAGES: readonly Language[] = ['pl', 'en'];
const CATALOGUES: Record<Language, Record<MessageKey, string>> = { pl, en };
const LOCALES: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };
const STORAGE_KEY = 'rpa-readiness.language';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

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

function makeFormatters(language: Language): Formatters {
  const locale = LOCALES[language];
  // Polish CLDR leaves 4-digit numbers ungrouped ("1234"); the glossary asks for "1 234".
  const grouped = { useGrouping: 'always' } as const;
  const decimal = perDigits((digits) => new Intl.NumberFormat(locale, { ...grouped, minimumFractionDigits: 0, maximumFractionDigits: digits }));
  const money = lazily(() => new Intl.NumberFormat(locale, { ...grouped, style: 'currency', currency: 'PLN', currencyDisplay: language === 'pl' ? 'symbol' : 'code' }));
  const moneyRounded = lazily(() => new Intl.NumberFormat(locale, { ...grouped, style: 'currency', currency: 'PLN', currencyDisplay: language === 'pl' ? 'symbol' : 'code', maximumFractionDigits: 0 }));
  const percents = perDigits((digits) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }));
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

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** The label of an enum value, e.g. `label('ProcessStatus', 'DRAFT')`. */
  label: (enumName: string, value: string) => string;
  format: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'pl';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[language];
    const t: Translate = (key, values) => fillPlaceholders(catalogue[key], values);
    const label = (enumName: string, enumValue: string) => {
      const key = `enum.${enumName}.${enumValue}`;
      return key in catalogue ? catalogue[key as MessageKey] : enumValue;
    };
    return { language, setLanguage, t, label, format: makeFormatters(language) };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

/** A message key, checked against the catalogue where it is built from parts. */
export function isMessageKey(key: string): key is MessageKey {
  return key in pl;
}
