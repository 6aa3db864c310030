import { enumLabel } from '../enum-labels.js';
import type { Language } from '../formatters.js';
import type { Table } from './table-files.js';

/** One candidate as the ranking shows it (the API's fields, the department by name). */
export interface RankingTableRow {
  rank: number;
  processName: string;
  departmentName: string | null;
  quadrant: string;
  automationPotential: number;
  easeOfImplementation: number;
  hoursSaved: { p50: number };
  npv: { p10: string | number; p50: string | number; p90: string | number };
  probabilityPositiveNpv: number;
  evidenceGrade: string;
  warnings: readonly string[];
  explanation: string;
}

const TITLES = {
  pl: {
    sheet: 'Ranking kandydatów',
    rank: 'Miejsce',
    process: 'Proces',
    department: 'Wydział',
    quadrant: 'Ćwiartka',
    automationPotential: 'Potencjał automatyzacji',
    easeOfImplementation: 'Łatwość wdrożenia',
    hours: 'Zaoszczędzone godziny rocznie (P50)',
    probability: 'Prawdopodobieństwo opłacalności',
    evidence: 'Jakość danych',
    warnings: 'Ostrzeżenia',
    explanation: 'Wyjaśnienie',
  },
  en: {
    sheet: 'Candidate ranking',
    rank: 'Rank',
    process: 'Process',
    department: 'Department',
    quadrant: 'Quadrant',
    automationPotential: 'Automation Potential',
    easeOfImplementation: 'Ease of Implementation',
    hours: 'Hours saved a year (P50)',
    probability: 'P(NPV > 0)',
    evidence: 'Evidence grade',
    warnings: 'Warnings',
    explanation: 'Explanation',
  },
} as const satisfies Record<Language, Record<string, string>>;

/**
 * The candidate ranking as a table (CSV, XLSX): one column list for the web app's export of the
 * view on screen and the server's ranking report, so the two files agree cell for cell.
 */
export function rankingTable(rows: readonly RankingTableRow[], language: Language): Table {
  const titles = TITLES[language];
  return {
    name: titles.sheet,
    columns: [
      { title: titles.rank, kind: 'integer' },
      { title: titles.process, kind: 'text', width: 40 },
      { title: titles.department, kind: 'text' },
      { title: titles.quadrant, kind: 'text', width: 16 },
      { title: titles.automationPotential, kind: 'number' },
      { title: titles.easeOfImplementation, kind: 'number' },
      { title: titles.hours, kind: 'hours' },
      { title: 'NPV P10', kind: 'money' },
      { title: 'NPV P50', kind: 'money' },
      { title: 'NPV P90', kind: 'money' },
      { title: titles.probability, kind: 'share' },
      { title: titles.evidence, kind: 'text', width: 16 },
      { title: titles.warnings, kind: 'text', width: 60 },
      { title: titles.explanation, kind: 'text', width: 60 },
    ],
    rows: rows.map((row) => [
      row.rank,
      row.processName,
      row.departmentName ?? '',
      enumLabel(language, 'Quadrant', row.quadrant),
      row.automationPotential,
      row.easeOfImplementation,
      row.hoursSaved.p50,
      Number(row.npv.p10),
      Number(row.npv.p50),
      Number(row.npv.p90),
      row.probabilityPositiveNpv,
      enumLabel(language, 'EvidenceGrade', row.evidenceGrade),
      row.warnings.join('; '),
      row.explanation,
    ]),
  };
}
