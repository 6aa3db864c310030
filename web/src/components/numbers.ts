/** What a number field holds: empty, a number, or text that is not one. */
export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/** Reads a number as people type it in Poland or England: `12,5`, `12.5`, `1 234,5`. */
export function parseDecimal(text: string): ParsedNumber {
  // A typed minus sign (U+2212) reads as a hyphen-minus.
  const compact = text.replace(/[\s\u00a0]/g, '').replace('\u2212', '-').replace(',', '.');
  if (compact === '') return { kind: 'empty' };
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(compact) };
}

export function parseWholeNumber(text: string): ParsedNumber {
  const parsed = parseDecimal(text);
  return parsed.kind === 'number' && !Number.isInteger(parsed.value) ? { kind: 'invalid' } : parsed;
}

/** A share 0..1 typed as a percentage 0..100. */
export function parsePercent(text: string): ParsedNumber {
  const parsed = parseDecimal(text);
  if (parsed.kind !== 'number') return parsed;
  if (parsed.value < 0 || parsed.value > 100) return { kind: 'invalid' };
  return { kind: 'number', value: Math.round(parsed.value * 1e6) / 1e8 };
}

/** Money as the API wants it: a decimal string with at most 2 decimals (`85.50`). */
export function parseMoney(text: string): { kind: 'empty' } | { kind: 'money'; value: string } | { kind: 'invalid' } {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/zł$/i, '').replace(',', '.');
  if (compact === '') return { kind: 'empty' };
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return { kind: 'invalid' };
  return { kind: 'money', value: compact };
}

/** A number shown in an input for the active language (decimal comma in Polish). */
export function numberInputText(value: number | null | undefined, language: 'pl' | 'en'): string {
  if (value === null || value === undefined) return '';
  const text = String(Math.round(value * 1e6) / 1e6);
  return language === 'pl' ? text.replace('.', ',') : text;
}

export function percentInputText(share: number | null | undefined, language: 'pl' | 'en'): string {
  return share === null || share === undefined ? '' : numberInputText(share * 100, language);
}
