import * as Plot from '@observablehq/plot';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ForestPlotRow } from '../../../src/claims/domain/forest-plot-row.js';

/**
 * Charts drawn by Observable Plot (SVG). This module is loaded only by screens that draw them.
 * Every chart is an image with a text alternative; its figures are also in text next to it.
 */
function PlotFigure({ options, label, className }: { options: Plot.PlotOptions; label: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Attached before the browser paints, so the screen never shows an empty frame first.
  useLayoutEffect(() => {
    const figure = Plot.plot({ ...options, ariaLabel: label });
    figure.setAttribute('role', 'img');
    // The figure is one image with one label; Plot also labels each mark's group ("rule",
    // "rect"), which is not allowed on a group inside an image and says nothing to a reader.
    for (const part of figure.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label');
    ref.current?.replaceChildren(figure);
    return () => figure.remove();
  }, [options, label]);
  return <div ref={ref} className={className} />;
}

export interface Bin {
  lower: number;
  upper: number;
  count: number;
}

/** The simulated NPV's histogram with P10, P50 and P90 marked and the zero line. */
export function NpvHistogram({
  bins,
  p10,
  p50,
  p90,
  label,
  formatMoney,
}: {
  bins: Bin[];
  p10: number;
  p50: number;
  p90: number;
  label: string;
  formatMoney: (value: number) => string;
}) {
  // Redrawn only when its figures change, not on every render of the screen around it.
  const options = useMemo<Plot.PlotOptions>(
    () => ({
        width: 640,
        height: 240,
        marginLeft: 50,
        marginBottom: 40,
        x: { label: 'NPV', tickFormat: formatMoney, ticks: 5 },
        y: { label: null, grid: true },
        marks: [
          Plot.rectY(bins, { x1: 'lower', x2: 'upper', y: 'count', fill: (bin: Bin) => (bin.upper <= 0 ? '#f4a99c' : '#9dc3e6'), inset: 0.5 }),
          Plot.ruleX([0], { stroke: '#0b0c0c', strokeWidth: 1.5 }),
          Plot.ruleX([p10, p90], { stroke: '#484949', strokeDasharray: '4 3' }),
          Plot.ruleX([p50], { stroke: '#0b3d91', strokeWidth: 2.5 }),
          Plot.text(
            [
              { x: p10, text: 'P10' },
              { x: p50, text: 'P50' },
              { x: p90, text: 'P90' },
            ],
            { x: 'x', text: 'text', frameAnchor: 'top', dy: 2, fontSize: 12, fontWeight: 'bold' },
          ),
          Plot.ruleY([0]),
        ],
    }),
    [bins, p10, p50, p90, formatMoney],
  );
  return <PlotFigure className="npv-histogram" label={label} options={options} />;
}


/**
 * A claim's forest plot: each process's measured change (in the claimed direction) with its 95%
 * interval, the promised magnitude as a line, the before-pilot bound (P10-P90) as a band, zero visible.
 */
export function ForestPlot({ rows, magnitude, label, promiseLabel }: { rows: ForestPlotRow[]; magnitude: number; label: string; promiseLabel: string }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    const measured = rows.filter((row) => row.estimate !== null);
    const bands = rows.filter((row) => row.boundP10 !== null && row.boundP90 !== null);
    return {
        width: 720,
        height: 60 + 36 * rows.length,
        marginLeft: 220,
        marginRight: 30,
        x: { tickFormat: '+.0%', grid: true, label: null },
        y: { domain: rows.map((row) => row.name), label: null },
        marks: [
          Plot.barX(bands, { y: 'name', x1: 'boundP10', x2: 'boundP90', fill: '#e5e1f2', insetTop: 6, insetBottom: 6 }),
          Plot.ruleX([0], { stroke: '#0b0c0c' }),
          Plot.ruleX([magnitude], { stroke: '#d4351c', strokeWidth: 2, strokeDasharray: '6 3' }),
          Plot.text([{ x: magnitude, text: promiseLabel }], { x: 'x', text: 'text', frameAnchor: 'top', dy: -2, fill: '#d4351c', fontWeight: 'bold' }),
          Plot.ruleY(
            measured.filter((row) => row.lower !== null && row.upper !== null),
            { y: 'name', x1: 'lower', x2: 'upper', stroke: '#0b3d91', strokeWidth: 3 },
          ),
          Plot.dot(measured, { y: 'name', x: 'estimate', fill: '#0b3d91', r: 5 }),
        ],
    };
  }, [rows, magnitude, promiseLabel]);
  return <PlotFigure className="forest-plot" label={label} options={options} />;
}

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

/**
 * Automation Potential (x) against Ease of Implementation (y), quadrant lines at 50, bubble area
 * following hours saved (P50), colour the evidence grade. Each bubble is also a link placed
 * over it, so the keyboard reaches it and a screen reader reads it; hover or focus shows the process.
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
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | null>(null);
  // Drawn while rendering (Plot builds a detached SVG), so the bubbles' links are placed from its
  // scales in the same render, and attached before the browser paints: one layout, no empty frame.
  const { figure, placed } = useMemo(() => {
    const palette = ['#0b3d91', '#00703c', '#f47738', '#6f72af'];
    const drawn = Plot.plot({
      width: 640,
      height: 440,
      marginLeft: 56,
      marginBottom: 44,
      ariaLabel: label,
      x: { domain: [0, 100], label: axisLabels.x, grid: true },
      y: { domain: [0, 100], label: axisLabels.y, grid: true },
      r: { range: [3, 22] },
      color: { domain: grades.map((grade) => grade.value), range: palette, legend: false },
      marks: [
        Plot.ruleX([50], { stroke: '#0b0c0c', strokeWidth: 1.5 }),
        Plot.ruleY([50], { stroke: '#0b0c0c', strokeWidth: 1.5 }),
        Plot.text(
          [
            { x: 98, y: 98, text: quadrantLabels.quickWin },
            { x: 98, y: 2, text: quadrantLabels.strategic },
          ],
          { x: 'x', y: 'y', text: 'text', textAnchor: 'end', fill: '#484949', fontWeight: 'bold', fontSize: 12 },
        ),
        Plot.text(
          [
            { x: 2, y: 98, text: quadrantLabels.lowValue },
            { x: 2, y: 2, text: quadrantLabels.notReady },
          ],
          { x: 'x', y: 'y', text: 'text', textAnchor: 'start', fill: '#484949', fontWeight: 'bold', fontSize: 12 },
        ),
        Plot.dot(points, {
          x: 'automationPotential',
          y: 'easeOfImplementation',
          r: (point: QuadrantPoint) => Math.max(0, point.hoursSaved),
          fill: 'grade',
          fillOpacity: 0.7,
          stroke: '#0b0c0c',
        }),
      ],
    });
    drawn.setAttribute('role', 'img');
    for (const part of drawn.querySelectorAll('[aria-label]')) if (part !== drawn) part.removeAttribute('aria-label');
    const x = drawn.scale('x');
    const y = drawn.scale('y');
    const r = drawn.scale('r');
    return {
      figure: drawn,
      placed: points.map((point) => ({
        point,
        x: Number(x?.apply?.(point.automationPotential) ?? 0),
        y: Number(y?.apply?.(point.easeOfImplementation) ?? 0),
        r: Math.max(8, Number(r?.apply?.(Math.max(0, point.hoursSaved)) ?? 8)),
      })),
    };
  }, [points, label, grades, quadrantLabels, axisLabels]);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(figure);
    return () => figure.remove();
  }, [figure]);
  const activePoint = placed.find((entry) => entry.point.id === active);
  return (
    <div className="quadrant-chart">
      <div className="quadrant-chart__canvas">
        <div ref={ref} />
        {placed.map(({ point, x, y, r }) => (
          <a
            key={point.id}
            href={`/candidates/${point.id}`}
            className="quadrant-chart__bubble"
            style={{ left: x - r, top: y - r, width: 2 * r, height: 2 * r }}
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
        ))}
        {activePoint ? (
          <div className="quadrant-chart__tip" style={{ left: activePoint.x + activePoint.r + 6, top: activePoint.y - 10 }} aria-hidden="true">
            {activePoint.point.description}
          </div>
        ) : null}
      </div>
      <ul className="quadrant-chart__legend">
        {grades.map((grade, index) => (
          <li key={grade.value}>
            <span className={`swatch swatch--${index}`} aria-hidden="true" /> {grade.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
