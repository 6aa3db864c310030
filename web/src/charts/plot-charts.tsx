import * as Plot from '@observablehq/plot';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ForestPlotRow } from '@src/claims/domain/forest-plot-row.js';

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
