import { IntervalBar, MonthsChart } from '../../charts/charts.js';
import { DataTable } from '../../components/data-table.js';
import type { DurationFieldsFragment, BaselineFigureFieldsFragment, RateFieldsFragment } from '../../gql/graphql.js';
import { type MessageKey } from '../../i18n/messages.pl.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PeriodData } from './PeriodScreen.js';

const HOURS_PER_DAY = 24;

/** Lead and reaction times of weeks or months read better in days; the unit is stated. */
function displayUnit(stats: DurationFieldsFragment): { factor: number; unit: MessageKey } {
  if (stats.unit === 'HOURS' && (stats.median ?? stats.mean ?? 0) >= 2 * HOURS_PER_DAY) return { factor: 1 / HOURS_PER_DAY, unit: 'figures.unit.DAYS' };
  return { factor: 1, unit: stats.unit === 'MINUTES' ? 'figures.unit.MINUTES' : 'figures.unit.HOURS' };
}

/**
 * Decimals that tell an interval's ends apart (1 to 3): 22 000 cases give an interval of
 * 9.95-10.05 min, which one decimal would show as "10 - 10".
 */
function decimalsFor(lower: number | null | undefined, upper: number | null | undefined): number {
  if (lower === null || lower === undefined || upper === null || upper === undefined || !(upper > lower)) return 1;
  return Math.min(3, Math.max(1, Math.ceil(-Math.log10(upper - lower)) + 1));
}

/** Baseline figures of a period: a summary, durations and rates with 95% intervals, and the months. */
export default function BaselineFigures({ figures, months }: { figures: BaselineFigureFieldsFragment; months: PeriodData['monthlyTotals'] }) {
  const { t, label, format } = useI18n();
  const none = t('figures.noValue');
  const durations: [MessageKey, DurationFieldsFragment][] = [
    ['figures.touchTime', figures.touchTime],
    ['figures.leadTime', figures.leadTime],
    ['figures.reactionTime', figures.reactionTime],
  ];
  const rates: [MessageKey, RateFieldsFragment][] = [
    ['figures.errorRate', figures.errorRate],
    ['figures.reworkRate', figures.reworkRate],
  ];
  const shownDurations = durations.filter(([, stats]) => stats.n > 0);
  const shownRates = rates.filter(([, stats]) => stats.n > 0);

  return (
    <div className="figures">
      <dl className="summary-list">
        <div>
          <dt>{t('figures.cases')}</dt>
          <dd data-figure="cases">{format.integer(figures.cases)}</dd>
        </div>
        <div>
          <dt>{t('figures.annualVolume')}</dt>
          <dd>{figures.annualVolume === null || figures.annualVolume === undefined ? none : format.integer(Math.round(figures.annualVolume))}</dd>
        </div>
        {figures.months > 0 ? (
          <div>
            <dt>{t('figures.months')}</dt>
            <dd>{format.integer(figures.months)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('figures.evidence')}</dt>
          <dd>{label('EvidenceGrade', figures.grade)}</dd>
        </div>
        {figures.variants !== null && figures.variants !== undefined ? (
          <div>
            <dt>{t('figures.variants')}</dt>
            <dd>{format.integer(figures.variants)}</dd>
          </div>
        ) : null}
        {figures.topVariantShare !== null && figures.topVariantShare !== undefined ? (
          <div>
            <dt>{t('figures.topVariantShare')}</dt>
            <dd>{format.percent(figures.topVariantShare)}</dd>
          </div>
        ) : null}
      </dl>

      {shownDurations.length > 0 ? (
        <DataTable
          labelledBy="durations-caption"
          caption={t('figures.durations')}
          columns={[
            { label: t('figures.measure') },
            { label: t('figures.median'), numeric: true },
            { label: t('figures.p90'), numeric: true },
            { label: t('figures.mean'), numeric: true },
            { label: t('figures.ci') },
            { label: t('figures.n'), numeric: true },
          ]}
        >
              {shownDurations.map(([name, stats]) => {
                const { factor, unit } = displayUnit(stats);
                const digits = decimalsFor(stats.ciLower === null || stats.ciLower === undefined ? null : stats.ciLower * factor, stats.ciUpper === null || stats.ciUpper === undefined ? null : stats.ciUpper * factor);
                const value = (raw: number | null | undefined) => (raw === null || raw === undefined ? none : `${format.number(raw * factor, digits)} ${t(unit)}`);
                const interval =
                  stats.ciLower !== null && stats.ciLower !== undefined && stats.ciUpper !== null && stats.ciUpper !== undefined
                    ? `${format.number(stats.ciLower * factor, digits)} – ${format.number(stats.ciUpper * factor, digits)} ${t(unit)}`
                    : none;
                return (
                  <tr key={name} data-figure={name}>
                    <th scope="row">{t(name)}</th>
                    <td className="numeric" data-figure="median">
                      {value(stats.median)}
                    </td>
                    <td className="numeric">{value(stats.p90)}</td>
                    <td className="numeric">{value(stats.mean)}</td>
                    <td>
                      {interval}
                      <IntervalBar
                        mean={stats.mean === null || stats.mean === undefined ? null : stats.mean * factor}
                        lower={stats.ciLower === null || stats.ciLower === undefined ? null : stats.ciLower * factor}
                        upper={stats.ciUpper === null || stats.ciUpper === undefined ? null : stats.ciUpper * factor}
                        median={stats.median === null || stats.median === undefined ? null : stats.median * factor}
                        scaleMax={Math.max(stats.p90 ?? 0, stats.ciUpper ?? 0, stats.mean ?? 0) * factor}
                        description={t('figures.chart.intervalItem', {
                          name: t(name),
                          mean: value(stats.mean),
                          lower: value(stats.ciLower),
                          upper: value(stats.ciUpper),
                        })}
                      />
                    </td>
                    <td className="numeric">{format.integer(stats.n)}</td>
                  </tr>
                );
              })}
        </DataTable>
      ) : null}

      {shownRates.length > 0 ? (
        <DataTable
          labelledBy="rates-caption"
          caption={t('figures.rates')}
          columns={[{ label: t('figures.measure') }, { label: t('figures.rate'), numeric: true }, { label: t('figures.ci') }, { label: t('figures.n'), numeric: true }]}
        >
              {shownRates.map(([name, stats]) => {
                const digits = decimalsFor(stats.ciLower === null || stats.ciLower === undefined ? null : stats.ciLower * 100, stats.ciUpper === null || stats.ciUpper === undefined ? null : stats.ciUpper * 100);
                const share = (raw: number | null | undefined) => (raw === null || raw === undefined ? none : format.percent(raw, digits));
                return (
                  <tr key={name}>
                    <th scope="row">{t(name)}</th>
                    <td className="numeric">{share(stats.rate)}</td>
                    <td>
                      {share(stats.ciLower)} – {share(stats.ciUpper)}
                      <IntervalBar
                        mean={stats.rate ?? null}
                        lower={stats.ciLower ?? null}
                        upper={stats.ciUpper ?? null}
                        median={null}
                        scaleMax={Math.max(stats.ciUpper ?? 0, 0.01)}
                        description={t('figures.chart.intervalItem', { name: t(name), mean: share(stats.rate), lower: share(stats.ciLower), upper: share(stats.ciUpper) })}
                      />
                    </td>
                    <td className="numeric">{format.integer(stats.n)}</td>
                  </tr>
                );
              })}
        </DataTable>
      ) : null}

      {months.length > 0 ? (
        <>
          <h3 id="months-heading">{t('figures.chart.months')}</h3>
          <MonthsChart
            months={months.map((month) => ({ label: format.month(month.month), cases: month.cases }))}
            description={t('figures.chart.monthsAlt', {
              count: months.length,
              min: format.integer(Math.min(...months.map((month) => month.cases))),
              max: format.integer(Math.max(...months.map((month) => month.cases))),
            })}
          />
          <DataTable
            labelledBy="months-heading"
            columns={[
              { label: t('figures.month') },
              { label: t('figures.cases'), numeric: true },
              { label: t('figures.handlingMinutes'), numeric: true },
              { label: t('figures.casesWithErrors'), numeric: true },
            ]}
          >
                {months.map((month) => (
                  <tr key={month.month}>
                    <th scope="row">{format.month(month.month)}</th>
                    <td className="numeric">{format.integer(month.cases)}</td>
                    <td className="numeric">{month.handlingMinutes === null || month.handlingMinutes === undefined ? none : format.number(month.handlingMinutes, 1)}</td>
                    <td className="numeric">{month.casesWithErrors === null || month.casesWithErrors === undefined ? none : format.integer(month.casesWithErrors)}</td>
                  </tr>
                ))}
          </DataTable>
        </>
      ) : null}
    </div>
  );
}
