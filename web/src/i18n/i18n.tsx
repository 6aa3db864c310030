import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { fillPlaceholders, type Formatters, type Language, makeFormatters } from '@src/shared/formatters.js';
import { en } from './messages.en.js';
import { type MessageKey, pl } from './messages.pl.js';

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { pl, en };
const STORAGE_KEY = 'rpa-readiness.language';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

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

/**
 * Sentences the server composes (explanations, warnings, notes) are English in this version:
 * their elements carry this language so that a screen reader on a Polish page reads them as
 * English (WCAG 2.1, 3.1.2 Language of Parts).
 */
export const SERVER_TEXT_LANGUAGE: Language = 'en';

/** A message key, checked against the catalogue where it is built from parts. */
export function isMessageKey(key: string): key is MessageKey {
  return key in pl;
}
