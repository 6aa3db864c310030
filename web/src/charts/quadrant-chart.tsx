import { GRADE_ORDER, gradeColour, largestFirst, quadrantLayout } from '@src/shared/charts/quadrant-layout.js';
import { useMemo, useState } from 'react';

export interface QuadrantPoint {
  id: string;
  name: string;
  automationPotential: number;
  easeOfImplementation: number;
  hoursSaved: number;
  grade: string;
  /** The point's text: name and figures, read on focus and shown on hover. */
  description: string;
}

const WIDTH = 640;
const HEIGHT = 440;
const MARGIN = { top: 20, right: 20, bottom: 44, left: 56 };

/**
 * Automation Potential (x) against Ease of Implementation (y), quadrant lines at 50, bubble area
 * following hours saved (P50), colour the evidence grade (quadrantLayout, shared with the ranking
 * report). Drawn by React as SVG from d3-scale's scales (the library Observable Plot builds on)
 * rather than by Plot itself: this chart opens the ranking, and Plot's code took longer to
 * compile than the ranking's request took to answer.
 * Each bubble is also a link placed over it, so the keyboard reaches it and a screen reader reads
 * it; hover or focus shows the process.
 */
export function QuadrantChart({
  points,
  label,
  grades,
  quadrantLabels,
  axisLabels,
  onOpen,
}: {
  points: QuadrantPoint[];
  label: string;
  grades: { value: string; label: string }[];
  quadrantLabels: { quickWin: string; strategic: string; lowValue: string; notReady: string };
  axisLabels: { x: string; y: string };
  onOpen: (id: string) => void;
}) {
  const [active, setActive] = useState<string | null>(null);
  const { x, y, ticks, placed } = useMemo(
    () =>
      quadrantLayout(points, { left: MARGIN.left, top: MARGIN.top, width: WIDTH - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom, maxRadius: 22 }),
    [points],
  );
  const activePoint = placed.find((entry) => entry.point.id === active);
  return (
    <div className="quadrant-chart">
      <div className="quadrant-chart__canvas">
        <svg className="quadrant-chart__figure" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
          <g className="quadrant-chart__grid">
            {ticks.map((tick) => (
              <line key={`x${tick}`} x1={x(tick)} x2={x(tick)} y1={y(0)} y2={y(100)} />
            ))}
            {ticks.map((tick) => (
              <line key={`y${tick}`} x1={x(0)} x2={x(100)} y1={y(tick)} y2={y(tick)} />
            ))}
          </g>
          <g className="quadrant-chart__ticks">
            {ticks.map((tick) => (
              <text key={`x${tick}`} x={x(tick)} y={y(0) + 16} textAnchor="middle">
                {tick}
              </text>
            ))}
            {ticks.map((tick) => (
              <text key={`y${tick}`} x={x(0) - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
                {tick}
              </text>
            ))}
            <text x={x(100)} y={HEIGHT - 6} textAnchor="end">
              {axisLabels.x} →
            </text>
            <text x={6} y={MARGIN.top - 6}>
              ↑ {axisLabels.y}
            </text>
          </g>
          <line className="quadrant-chart__divider" x1={x(50)} x2={x(50)} y1={y(0)} y2={y(100)} />
          <line className="quadrant-chart__divider" x1={x(0)} x2={x(100)} y1={y(50)} y2={y(50)} />
          <g className="quadrant-chart__quadrant-names">
            <text x={x(98)} y={y(98)} textAnchor="end" dominantBaseline="hanging">
              {quadrantLabels.quickWin}
            </text>
            <text x={x(98)} y={y(2)} textAnchor="end">
              {quadrantLabels.strategic}
            </text>
            <text x={x(2)} y={y(98)} dominantBaseline="hanging">
              {quadrantLabels.lowValue}
            </text>
            <text x={x(2)} y={y(2)}>
              {quadrantLabels.notReady}
            </text>
          </g>
          {largestFirst(placed, (entry) => entry.point.id).map(({ point, x: cx, y: cy, r, colour }) => (
              <circle key={point.id} cx={cx} cy={cy} r={r} fill={colour} className="quadrant-chart__dot" />
            ))}
        </svg>
        {placed.map(({ point, x: cx, y: cy, r }) => {
          // At least 16 px across, so that a small bubble can still be hit and its focus ring seen.
          const reach = Math.max(8, r);
          return (
            <a
              key={point.id}
              href={`/candidates/${point.id}`}
              className="quadrant-chart__bubble"
              style={{ left: cx - reach, top: cy - reach, width: 2 * reach, height: 2 * reach }}
              aria-label={point.description}
              data-ap={point.automationPotential}
              data-ei={point.easeOfImplementation}
              onMouseEnter={() => setActive(point.id)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(point.id)}
              onBlur={() => setActive(null)}
              onClick={(event) => {
                event.preventDefault();
                onOpen(point.id);
              }}
            />
          );
        })}
        {activePoint ? (
          <div className="quadrant-chart__tip" style={{ left: activePoint.x + Math.max(8, activePoint.r) + 6, top: activePoint.y - 10 }} aria-hidden="true">
            {activePoint.point.description}
          </div>
        ) : null}
      </div>
      <ul className="quadrant-chart__legend">
        {GRADE_ORDER.map((value) => (
          <li key={value}>
            <span className="swatch" style={{ background: gradeColour(value) }} aria-hidden="true" /> {grades.find((grade) => grade.value === value)?.label ?? value}
          </li>
        ))}
      </ul>
    </div>
  );
}
