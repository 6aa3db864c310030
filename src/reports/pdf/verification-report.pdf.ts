import { forestPlotRows } from '../../claims/domain/forest-plot-row.js';
import type { VerificationReportData, ReportPeriod } from '../verification-report.data.js';
import type { Language } from '../../shared/formatters.js';
import { reportWords } from '../report-texts.js';
import { drawForestPlot, FOREST_AXIS_HEIGHT, FOREST_ROW_HEIGHT } from './forest-plot.js';
import { PdfReport } from './pdf-report.js';

/** The query a second auditor sends to read what this report shows. */
function verificationQuery(claimId: string): string {
  return `{ claim(id: "${claimId}") { statement source { quote title date reference } verifications { id methodVersion parameters createdAt checks { processName inputs exAnte { verdict boundP10 boundP50 boundP90 } exPost { verdict estimate lower upper baselineSampleSize afterSampleSize casesNeededPerPeriod pilotPlan { unitsPerPeriod unit } decisionRule assumption notes } } } } }`;
}

/** The verification of a vendor claim as an A4 PDF an auditor can file. */
export function verificationReportPdf(data: VerificationReportData, language: Language): Promise<Buffer> {
  const words = reportWords(language);
  const { text, label } = words;
  const report = new PdfReport({
    title: `${text('verificationTitle')}: ${data.claim.vendor}, ${data.claim.statement}`,
    subject: `${data.organization.name}; ${data.verification.id}`,
    language,
    documentDate: new Date(data.verification.createdAt),
  });
  report.heading(text('verificationTitle'), 1);
  report.fields([
    [text('organization'), data.organization.name],
    [text('teryt'), data.organization.terytCode ?? text('none')],
    [text('language'), text('languageName')],
    [text('verificationId'), data.verification.id],
    [text('verifiedAt'), words.instant(data.verification.createdAt)],
  ]);

  const { claim } = data;
  report.heading(text('claim'), 2);
  report.paragraph(`„${claim.quote}”`, { size: 11 });
  report.fields([
    [text('vendor'), claim.vendor],
    [text('document'), claim.sourceTitle],
    [text('documentDate'), claim.sourceDate ?? text('none')],
    [text('reference'), claim.sourceReference ?? text('none')],
    [text('metric'), label('ClaimMetric', claim.metric)],
    [text('direction'), label('ClaimDirection', claim.direction)],
    [text('magnitude'), words.percent(claim.magnitude, 0)],
    [text('scope'), `${label('ClaimScopeKind', claim.scopeKind)}${claim.scopeLabel ? `: ${claim.scopeLabel}` : ''}`],
  ]);

  report.heading(text('method'), 2);
  const controlName = data.verification.controlProcessId ?? text('noControl');
  report.paragraph(
    text('methodLine', {
      version: data.verification.methodVersion,
      alpha: words.number(data.verification.alpha, 2),
      seed: data.verification.seed,
      draws: words.integer(data.verification.draws),
      minCases: data.verification.minCases,
      control: controlName,
    }),
  );

  report.heading(text('exPost'), 2);
  const rows = forestPlotRows(data.checks);
  report.paragraph(text('forestPlot'), { size: 8.5, muted: true });
  report.drawing(14 + rows.length * FOREST_ROW_HEIGHT + FOREST_AXIS_HEIGHT, (pdf, area) =>
    drawForestPlot(pdf, area, rows, claim.magnitude, { promise: text('promise', { value: words.percent(claim.magnitude, 0) }), tick: (share) => words.signedPercent(share, 0) }),
  );
  report.table(
    [
      { title: text('process'), width: 0.27 },
      { title: text('verdict'), width: 0.14 },
      { title: text('estimate'), width: 0.12, align: 'right' },
      { title: text('interval'), width: 0.19, align: 'right' },
      { title: text('sampleSizes'), width: 0.15, align: 'right' },
      { title: text('casesNeeded'), width: 0.13, align: 'right' },
    ],
    data.checks.map((check) => [
      check.processName,
      label('ExPostVerdict', check.exPost.verdict),
      words.signedPercent(check.exPost.estimate),
      check.exPost.lower === null || check.exPost.upper === null ? text('none') : `${words.signedPercent(check.exPost.lower)} … ${words.signedPercent(check.exPost.upper)}`,
      `${words.integer(check.exPost.baselineSampleSize)} / ${words.integer(check.exPost.afterSampleSize)}`,
      check.exPost.casesNeededPerPeriod === null ? text('none') : words.integer(check.exPost.casesNeededPerPeriod),
    ]),
  );
  for (const check of data.checks) {
    report.heading(check.processName, 3);
    report.fields([
      [text('verdict'), `${label('ExPostVerdict', check.exPost.verdict)} (${text('exPost')}); ${label('ExAnteVerdict', check.exAnte.verdict)} (${text('exAnte')})`],
      [
        text('bound'),
        [check.exAnte.boundP10, check.exAnte.boundP50, check.exAnte.boundP90].every((value) => value === null)
          ? text('none')
          : `${words.signedPercent(check.exAnte.boundP10)} – ${words.signedPercent(check.exAnte.boundP50)} – ${words.signedPercent(check.exAnte.boundP90)}`,
      ],
      ...(check.exPost.pilotPlan
        ? [
            [
              text('pilotPlan'),
              text(check.exPost.pilotPlan.unit === 'months' ? 'pilotPlanMonths' : 'pilotPlanCases', { count: words.integer(check.exPost.pilotPlan.unitsPerPeriod) }),
            ] as [string, string],
          ]
        : []),
    ]);
    report.paragraph(`${text('explanation')}: ${check.exPost.explanation}`);
    report.paragraph(`${text('exAnte')}: ${check.exAnte.explanation}`);
    if (check.exPost.assumption) report.paragraph(`${text('assumptions')}: ${check.exPost.assumption}`, { size: 8.5, muted: true });
    if (check.exPost.decisionRule) report.paragraph(`${text('decisionRule')}: ${check.exPost.decisionRule}`, { size: 8.5, muted: true });
    if (check.exAnte.assumptions.length > 0) report.paragraph(`${text('assumptions')}: ${check.exAnte.assumptions.join('; ')}`, { size: 8.5, muted: true });
    if (check.exPost.notes.length > 0) report.paragraph(`${text('notes')}: ${check.exPost.notes.join('; ')}`, { size: 8.5, muted: true });
  }

  report.heading(text('provenance'), 2);
  const periodText = (period: ReportPeriod | null) => {
    if (!period) return text('noPeriod');
    if (!period.present) return `${period.id} (${text('periodDeleted')})`;
    const grade = period.grade ? `; ${text('grade')}: ${label('EvidenceGrade', period.grade)}` : '';
    const cases = period.cases !== null ? `; ${text('cases')}: ${words.integer(period.cases)}` : '';
    return `${period.label}, ${period.startsOn} – ${period.endsOn}${grade}${cases}`;
  };
  for (const check of data.checks) {
    report.heading(check.processName, 3);
    report.fields([
      [text('baselinePeriod'), periodText(check.baseline)],
      [text('afterPeriod'), periodText(check.after)],
    ]);
    const imports = [check.baseline, check.after].flatMap((period) => period?.imports ?? []);
    if (imports.length === 0) report.paragraph(`${text('imports')}: ${text('noImports')}`, { size: 8.5, muted: true });
    else
      report.table(
        [
          { title: text('file'), width: 0.3 },
          { title: 'SHA-256', width: 0.56 },
          { title: text('rows'), width: 0.14, align: 'right' },
        ],
        imports.map((entry) => [entry.fileName ?? text('none'), entry.sha256 ?? text('none'), words.integer(entry.rows)]),
        { size: 7.5 },
      );
  }

  report.heading(text('reproduce'), 2);
  report.fields([[text('inputsHash'), data.inputsSha256]]);
  report.paragraph(text('reproduceText', { seed: data.verification.seed, draws: words.integer(data.verification.draws) }));
  report.paragraph(verificationQuery(data.claim.id), { font: 'mono', size: 7.5 });
  report.paragraph(text('generatedFrom'), { size: 8, muted: true });
  return report.finish((page, pages) => `${data.organization.name} · ${text('verificationTitle')} · ${text('page', { page, pages })}`);
}
