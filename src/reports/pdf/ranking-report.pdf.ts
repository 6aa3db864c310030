import type { Language } from '../../shared/formatters.js';
import type { CostScenario } from '../../scoring/domain/candidate-assessor.js';
import type { RankingReportData } from '../ranking-report.data.js';
import { type ReportTextKey, type ReportWords, reportWords } from '../report-texts.js';
import { PdfReport } from './pdf-report.js';
import { drawQuadrantChart, QUADRANT_CHART_HEIGHT } from './quadrant-chart.js';

/** The queries that return what this report shows. */
export function rankingQueries(data: RankingReportData): string {
  const filter = Object.entries({ category: data.filter.category, departmentId: data.filter.departmentId, quadrant: data.filter.quadrant, minEvidence: data.filter.minEvidence })
    .filter(([, value]) => value !== null)
    .map(([key, value]) => (key === 'departmentId' ? `${key}: "${value}"` : `${key}: ${value}`))
    .join(', ');
  const args = `organizationId: "${data.organization.id}", filter: { ${filter} }, orderBy: ${data.order}`;
  return [
    `{ candidateRanking(${args}, first: ${data.top}) { edges { node { rank processName quadrant automationPotential easeOfImplementation hoursSaved { p10 p50 p90 } npv { p10 p50 p90 } probabilityPositiveNpv candidate notCandidateReason paybackMonths payback { p10 p50 p90 } display { hoursSaved { p50 } npv { p10 p50 p90 } probabilityPositiveNpv payback { p10 p50 p90 } } evidenceGrade warnings explanation methodVersion computedAt } } } }`,
    `{ portfolioSummary(${args}, top: ${data.top}) { candidates hoursSaved { p10 p50 p90 } netAnnualBenefit { p10 p50 p90 } npv { p10 p50 p90 } probabilityPositiveNpv excludedProcessIds display { hoursSaved { p10 p50 p90 } netAnnualBenefit { p10 p50 p90 } npv { p10 p50 p90 } probabilityPositiveNpv } fteFreedP50 draws methodVersion } }`,
  ].join('\n');
}

/** A cost setting as a person reads it: money in złoty, shares as percentages, with units. */
function costValue(key: keyof CostScenario, value: number, words: ReportWords): string {
  switch (key) {
    case 'hourlyLabourCost':
    case 'costPerError':
    case 'botLicensePerYear':
    case 'implementationCost':
    case 'grant':
      return words.money(value);
    case 'maintenanceShare':
    case 'botSpeedFactor':
    case 'discountRate':
      return words.percent(value);
    case 'supervisionMinutes':
      return words.text('minutes', { value: words.number(value, 2) });
    case 'botCapacityHours':
    case 'productiveHoursPerFte':
      return words.text('hours', { value: words.integer(value) });
    case 'horizonYears':
      return words.integer(value);
    case 'automatableExceptionCorrelation':
      return words.number(value, 2);
  }
}

const range = (values: { p10: string | number; p50: string | number; p90: string | number }, format: (value: number) => string) =>
  `${format(Number(values.p10))} – ${format(Number(values.p50))} – ${format(Number(values.p90))}`;

/** The candidate ranking as an A4 PDF for a council meeting. */
export function rankingReportPdf(data: RankingReportData, language: Language): Promise<Buffer> {
  const words = reportWords(language);
  const { text, label } = words;
  const report = new PdfReport({
    title: `${text('rankingTitle')}: ${data.organization.name}`,
    subject: `${data.organization.name}; ${text('asOf')} ${words.instant(data.asOf)}`,
    language,
    documentDate: new Date(data.asOf),
  });
  const all = text('allFilter');
  report.heading(text('rankingTitle'), 1);
  report.fields([
    [text('organization'), data.organization.name],
    [text('teryt'), data.organization.terytCode ?? text('none')],
    [text('language'), text('languageName')],
    [text('asOf'), words.instant(data.asOf)],
    [text('methodVersions'), data.methodVersions.join(', ') || data.portfolio.methodVersion],
    [
      text('filters'),
      [
        `${text('category')}: ${data.filter.category ? label('ProcessCategory', data.filter.category) : all}`,
        `${text('department')}: ${data.filter.departmentName ?? (data.filter.departmentId ? data.filter.departmentId : all)}`,
        `${text('quadrant')}: ${data.filter.quadrant ? label('Quadrant', data.filter.quadrant) : all}`,
        `${text('minEvidence')}: ${data.filter.minEvidence ? label('EvidenceGrade', data.filter.minEvidence) : all}`,
      ].join('; '),
    ],
    [text('order'), label('RankingOrder', data.order)],
    [text('listed'), text(data.moreCandidates ? 'listedMore' : 'listedLine', { count: data.candidates.length })],
  ]);

  const { portfolio } = data;
  report.heading(text('portfolio', { count: portfolio.candidates }), 2);
  report.paragraph(text('portfolioIntro'), { size: 8.5, muted: true });
  // Figures rounded to their Monte Carlo standard error: the digits a seed does not change.
  const shown = portfolio.display;
  report.fields([
    [text('hoursSaved'), range(shown.hoursSaved, words.integer)],
    [text('netBenefit'), range(shown.netAnnualBenefit, words.moneyRounded)],
    [text('npvRange'), range(shown.npv, words.moneyRounded)],
    [text('probability'), words.percent(shown.probabilityPositiveNpv, 0)],
    ...(portfolio.excludedProcessIds.length > 0 ? [[text('excluded'), words.integer(portfolio.excludedProcessIds.length)] as [string, string]] : []),
    [text('fte'), words.number(portfolio.fteFreedP50, 2)],
    [text('draws'), words.integer(portfolio.draws)],
  ]);

  if (data.candidates.length > 0) {
    report.heading(text('quadrantChart'), 2);
    report.paragraph(text('quadrantIntro'), { size: 8.5, muted: true });
    report.drawing(QUADRANT_CHART_HEIGHT, (pdf, area) =>
      drawQuadrantChart(
        pdf,
        area,
        data.candidates.map((candidate) => ({
          rank: candidate.rank,
          automationPotential: candidate.automationPotential,
          easeOfImplementation: candidate.easeOfImplementation,
          hoursSaved: candidate.hoursSaved.p50,
          grade: candidate.evidenceGrade,
        })),
        {
          grade: (value) => label('EvidenceGrade', value),
          quadrants: {
            quickWin: label('Quadrant', 'QUICK_WIN'),
            strategic: label('Quadrant', 'STRATEGIC'),
            lowValue: label('Quadrant', 'LOW_VALUE'),
            notReady: label('Quadrant', 'NOT_READY'),
          },
          axes: { x: text('automationPotential'), y: text('easeOfImplementation') },
        },
      ),
    );
  }

  report.heading(text('candidates'), 2);
  report.table(
    [
      { title: text('rank'), width: 0.08, align: 'right' },
      { title: text('process'), width: 0.24 },
      { title: text('quadrant'), width: 0.12 },
      { title: 'AP', width: 0.045, align: 'right' },
      { title: 'EI', width: 0.045, align: 'right' },
      { title: text('hoursP50'), width: 0.09, align: 'right' },
      { title: text('npvColumn'), width: 0.19, align: 'right' },
      { title: 'P(NPV > 0)', width: 0.08, align: 'right' },
      { title: text('evidence'), width: 0.1 },
    ],
    data.candidates.map((candidate) => [
      String(candidate.rank),
      candidate.departmentName ? `${candidate.processName}\n${candidate.departmentName}` : candidate.processName,
      label('Quadrant', candidate.quadrant),
      words.number(candidate.automationPotential, 0),
      words.number(candidate.easeOfImplementation, 0),
      words.integer(candidate.display.hoursSaved.p50),
      candidate.candidate
        ? `${words.moneyRounded(candidate.display.npv.p50)}\n${words.moneyRounded(candidate.display.npv.p10)} … ${words.moneyRounded(candidate.display.npv.p90)}`
        : text('notCandidate'),
      words.percent(candidate.display.probabilityPositiveNpv, 0),
      label('EvidenceGrade', candidate.evidenceGrade),
    ]),
    { size: 7.5 },
  );

  report.heading(text('explanations'), 2);
  for (const candidate of data.candidates) {
    report.heading(`${candidate.rank}. ${candidate.processName}`, 3);
    report.paragraph(candidate.explanation);
    report.fields([
      [text('sampleSize'), words.integer(candidate.sampleSize)],
      ...(candidate.notCandidateReason ? [[text('notCandidate'), label('NotCandidateReason', candidate.notCandidateReason)] as [string, string]] : []),
      [text('payback'), candidate.paybackMonths === null ? text('noPayback') : text('paybackMonths', { months: words.number(candidate.paybackMonths, 1) })],
      ...(candidate.display.payback
        ? [
            [
              text('paybackPercentiles'),
              [candidate.display.payback.p10, candidate.display.payback.p50, candidate.display.payback.p90]
                .map((months) => (months === null ? text('noPayback') : text('paybackMonths', { months: words.number(months, 1) })))
                .join(' – '),
            ] as [string, string],
          ]
        : []),
    ]);
    report.paragraph(`${text('warnings')}: ${candidate.warnings.length > 0 ? candidate.warnings.join('; ') : text('noWarnings')}`, { size: 8.5, muted: true });
  }

  report.heading(text('scenario'), 2);
  report.paragraph(text('scenarioIntro', { count: data.scenario.processOverrides }));
  const costKeys = Object.keys(data.scenario.costs) as (keyof CostScenario)[];
  report.table(
    [
      { title: text('lever'), width: 0.5 },
      { title: text('value'), width: 0.25, align: 'right' },
      { title: text('source'), width: 0.25 },
    ],
    costKeys.map((key) => [
      text(`cost_${key}` as ReportTextKey),
      costValue(key, data.scenario.costs[key], words),
      text(data.scenario.sources[key] === 'ORGANIZATION_SCENARIO' ? 'sourceOrganization' : 'sourceDefault'),
    ]),
  );
  report.paragraph(text('simulationLine', { seed: data.scenario.seed, draws: words.integer(data.scenario.draws) }));
  const weight = (value: number) => words.number(value, 2);
  report.fields([
    [
      text('weights'),
      text('weightsLine', {
        stability: weight(data.weights.stability),
        standardisation: weight(data.weights.standardisation),
        structuredInput: weight(data.weights.structuredInput),
        applicationComplexity: weight(data.weights.applicationComplexity),
        documentation: weight(data.weights.documentation),
        version: data.weights.version,
      }),
    ],
  ]);

  report.heading(text('reproduce'), 2);
  report.paragraph(text('rankingReproduceText'));
  report.paragraph(rankingQueries(data), { font: 'mono', size: 7 });
  report.paragraph(text('generatedFrom'), { size: 8, muted: true });
  return report.finish((page, pages) => `${data.organization.name} · ${text('rankingTitle')} · ${text('page', { page, pages })}`);
}
