import { useId } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { DataTable } from './data-table.js';

interface Range {
  p10: number | string;
  p50: number | string;
  p90: number | string;
}

/**
 * Simulated hours saved, net annual benefit and NPV as P10, P50 and P90 (a candidate, a what-if,
 * a portfolio). Money in whole złoty: the grosze of a simulated range mean nothing.
 * `figures` prefixes the cells' data-figure names (`<prefix>hours-p50`, `<prefix>npv-p50`).
 */
export function RangesTable({
  caption,
  labelledBy,
  hoursSaved,
  netAnnualBenefit,
  npv,
  figures = '',
}: {
  /** The table's own caption, or the id of a heading that names it. */
  caption?: string;
  labelledBy?: string;
  hoursSaved: Range;
  netAnnualBenefit: Range;
  npv: Range;
  figures?: string;
}) {
  const { t, format } = useI18n();
  const captionId = useId();
  const money = (value: number | string) => format.moneyRounded(value);
  return (
    <DataTable
      labelledBy={labelledBy ?? captionId}
      caption={caption}
      columns={[{ label: t('figures.measure') }, { label: 'P10', numeric: true }, { label: t('candidate.p50'), numeric: true }, { label: 'P90', numeric: true }]}
    >
      <tr>
        <th scope="row">{t('candidate.hoursSaved')}</th>
        <td className="numeric">{format.integer(Number(hoursSaved.p10))}</td>
        <td className="numeric" data-figure={`${figures}hours-p50`}>
          {format.integer(Number(hoursSaved.p50))}
        </td>
        <td className="numeric">{format.integer(Number(hoursSaved.p90))}</td>
      </tr>
      <tr>
        <th scope="row">{t('candidate.netAnnualBenefit')}</th>
        <td className="numeric">{money(netAnnualBenefit.p10)}</td>
        <td className="numeric">{money(netAnnualBenefit.p50)}</td>
        <td className="numeric">{money(netAnnualBenefit.p90)}</td>
      </tr>
      <tr data-figure={`${figures}npv-row`}>
        <th scope="row">NPV</th>
        <td className="numeric">{money(npv.p10)}</td>
        <td className="numeric" data-figure={`${figures}npv-p50`}>
          {money(npv.p50)}
        </td>
        <td className="numeric">{money(npv.p90)}</td>
      </tr>
    </DataTable>
  );
}
