/**
 * Small SVG charts. Each is an image with a text alternative (`role="img"` and a label); the
 * same figures are always in a table next to it.
 */

const WIDTH = 220;
const HEIGHT = 22;

/** A 95% interval as a bar, the mean as a dot and the median as a tick, on a scale from 0. */
export function IntervalBar({
  mean,
  lower,
  upper,
  median,
  scaleMax,
  description,
}: {
  mean: number | null;
  lower: number | null;
  upper: number | null;
  median: number | null;
  scaleMax: number;
  description: string;
}) {
  if (mean === null || !(scaleMax > 0)) return null;
  const x = (value: number) => 4 + (Math.min(Math.max(value, 0), scaleMax * 1.05) / (scaleMax * 1.05)) * (WIDTH - 8);
  return (
    <svg className="interval-bar" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
      <line x1={4} x2={WIDTH - 4} y1={HEIGHT / 2} y2={HEIGHT / 2} className="interval-bar__axis" />
      {lower !== null && upper !== null ? <rect x={x(lower)} width={Math.max(2, x(upper) - x(lower))} y={HEIGHT / 2 - 4} height={8} className="interval-bar__ci" /> : null}
      {median !== null ? <line x1={x(median)} x2={x(median)} y1={3} y2={HEIGHT - 3} className="interval-bar__median" /> : null}
      <circle cx={x(mean)} cy={HEIGHT / 2} r={4} className="interval-bar__mean" />
    </svg>
  );
}

/** Cases per month as bars. */
export function MonthsChart({ months, description }: { months: { label: string; cases: number }[]; description: string }) {
  const height = 160;
  const barWidth = 28;
  const gap = 8;
  const width = Math.max(240, months.length * (barWidth + gap) + gap);
  const max = Math.max(1, ...months.map((month) => month.cases));
  return (
    <div className="chart-scroll">
      <svg className="months-chart" width={width} height={height + 36} viewBox={`0 0 ${width} ${height + 36}`} role="img" aria-label={description}>
        <line x1={0} x2={width} y1={height} y2={height} className="months-chart__axis" />
        {months.map((month, index) => {
          const barHeight = (month.cases / max) * (height - 8);
          const x = gap + index * (barWidth + gap);
          return (
            <g key={month.label}>
              <rect x={x} y={height - barHeight} width={barWidth} height={barHeight} className="months-chart__bar" />
              <text x={x + barWidth / 2} y={height + 14} textAnchor="middle" className="months-chart__label">
                {month.label.split(' ')[0]}
              </text>
              <text x={x + barWidth / 2} y={height + 28} textAnchor="middle" className="months-chart__label">
                {month.label.split(' ')[1] ?? ''}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/**
 * P10-P50-P90 of an NPV as a bar on a scale shared by the rows of a table, with the zero line:
 * a glyph in a table cell (the figures are the cell's text), drawn as plain SVG because a page
 * of them must appear with the table (twenty chart-library figures took ~75 ms to draw).
 */
export function NpvRangeBar({ p10, p50, p90, domain, label }: { p10: number; p50: number; p90: number; domain: [number, number]; label: string }) {
  const width = 200;
  const height = 26;
  const [low, high] = domain;
  const x = (value: number) => 4 + ((value - low) / (high - low || 1)) * (width - 8);
  return (
    <svg className="npv-range-bar" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <line x1={x(p10)} x2={x(p90)} y1={height / 2} y2={height / 2} className={p50 >= 0 ? 'npv-range-bar__range' : 'npv-range-bar__range npv-range-bar__range--negative'} />
      <line x1={x(0)} x2={x(0)} y1={2} y2={height - 2} className="npv-range-bar__zero" />
      <line x1={x(p50)} x2={x(p50)} y1={5} y2={height - 5} className="npv-range-bar__median" />
    </svg>
  );
}
