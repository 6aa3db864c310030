import type { ForestPlotRow } from '../../claims/domain/forest-plot-row.js';
import type { Area, Pdf } from './pdf-report.js';


export const FOREST_ROW_HEIGHT = 22;
export const FOREST_AXIS_HEIGHT = 34;

/**
 * Each process's measured change (in the claimed direction) with its 95% interval, the promised
 * magnitude as a dashed red line, the before-pilot bound P10–P90 as a band, zero as a line;
 * the same figure as the web app's, drawn as PDF vectors.
 */
export function drawForestPlot(
  pdf: Pdf,
  area: Area,
  rows: readonly ForestPlotRow[],
  magnitude: number,
  labels: { promise: string; tick: (share: number) => string },
): void {
  const labelWidth = Math.min(190, area.width * 0.38);
  const plotLeft = area.x + labelWidth + 8;
  const plotWidth = area.width - labelWidth - 16;
  const values = rows.flatMap((row) => [row.estimate, row.lower, row.upper, row.boundP10, row.boundP90]).filter((value): value is number => value !== null);
  let low = Math.min(0, magnitude, ...values);
  let high = Math.max(0, magnitude, ...values);
  const pad = (high - low || 1) * 0.08;
  low -= pad;
  high += pad;
  const x = (value: number) => plotLeft + ((value - low) / (high - low)) * plotWidth;
  const top = area.y + 14;
  const plotBottom = top + rows.length * FOREST_ROW_HEIGHT;

  // Grid and ticks: five steps over the range.
  pdf.font('body').fontSize(7).lineWidth(0.4);
  for (let step = 0; step <= 4; step += 1) {
    const value = low + ((high - low) * step) / 4;
    pdf.moveTo(x(value), top).lineTo(x(value), plotBottom).strokeColor('#dddddd').stroke();
    pdf.fillColor('#484949').text(labels.tick(value), x(value) - 30, plotBottom + 4, { width: 60, align: 'center', lineBreak: false });
  }
  rows.forEach((row, index) => {
    const middle = top + index * FOREST_ROW_HEIGHT + FOREST_ROW_HEIGHT / 2;
    pdf.font('body').fontSize(8).fillColor('#0b0c0c').text(row.name, area.x, middle - 5, { width: labelWidth, height: 11, ellipsis: true, lineBreak: false });
    if (row.boundP10 !== null && row.boundP90 !== null) {
      pdf.rect(x(Math.min(row.boundP10, row.boundP90)), middle - 6, Math.abs(x(row.boundP90) - x(row.boundP10)), 12).fillColor('#e5e1f2').fill();
    }
    if (row.lower !== null && row.upper !== null) {
      pdf.moveTo(x(row.lower), middle).lineTo(x(row.upper), middle).lineWidth(2.5).strokeColor('#0b3d91').stroke();
    }
    if (row.estimate !== null) pdf.circle(x(row.estimate), middle, 3.5).fillColor('#0b3d91').fill();
  });
  pdf.moveTo(x(0), top).lineTo(x(0), plotBottom).lineWidth(1).strokeColor('#0b0c0c').stroke();
  pdf.moveTo(x(magnitude), top - 4).lineTo(x(magnitude), plotBottom).lineWidth(1.5).dash(5, { space: 3 }).strokeColor('#d4351c').stroke();
  pdf.undash();
  pdf.font('bold').fontSize(8).fillColor('#d4351c').text(labels.promise, x(magnitude) - 60, area.y, { width: 120, align: 'center', lineBreak: false });
}
