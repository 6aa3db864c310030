import { GRADE_ORDER, gradeColour, largestFirst, quadrantLayout, type QuadrantInput } from '../../shared/charts/quadrant-layout.js';
import type { Area, Pdf } from './pdf-report.js';

export interface QuadrantChartPoint extends QuadrantInput {
  rank: number;
}

export const QUADRANT_CHART_HEIGHT = 330;

/**
 * The ranking's quadrant chart as PDF vectors, laid out as in the web app (quadrantLayout): each
 * bubble carries its rank, which the candidates' table names; a legend of the grades below.
 */
export function drawQuadrantChart(
  pdf: Pdf,
  area: Area,
  points: readonly QuadrantChartPoint[],
  labels: {
    grade: (value: string) => string;
    quadrants: { quickWin: string; strategic: string; lowValue: string; notReady: string };
    axes: { x: string; y: string };
  },
): void {
  const size = Math.min(area.width - 40, QUADRANT_CHART_HEIGHT - 60);
  const frame = { left: area.x + 34, top: area.y + 14, width: size, height: size, maxRadius: 16 };
  const { x, y, ticks, placed } = quadrantLayout(points, frame);
  pdf.lineWidth(0.4).strokeColor('#dddddd');
  for (const tick of ticks) {
    pdf.moveTo(x(tick), y(0)).lineTo(x(tick), y(100)).stroke();
    pdf.moveTo(x(0), y(tick)).lineTo(x(100), y(tick)).stroke();
  }
  pdf.font('body').fontSize(6.5).fillColor('#484949');
  for (const tick of ticks) {
    pdf.text(String(tick), x(tick) - 10, y(0) + 3, { width: 20, align: 'center', lineBreak: false });
    pdf.text(String(tick), x(0) - 24, y(tick) - 3.5, { width: 20, align: 'right', lineBreak: false });
  }
  pdf.fontSize(8).text(`${labels.axes.x} →`, x(0), y(0) + 13, { width: size, align: 'right', lineBreak: false });
  pdf.text(`↑ ${labels.axes.y}`, area.x, area.y, { width: size, lineBreak: false });
  pdf.lineWidth(1.2).strokeColor('#0b0c0c');
  pdf.moveTo(x(50), y(0)).lineTo(x(50), y(100)).stroke();
  pdf.moveTo(x(0), y(50)).lineTo(x(100), y(50)).stroke();
  pdf.font('bold').fontSize(8).fillColor('#484949');
  const half = size / 2 - 8;
  pdf.text(labels.quadrants.quickWin, x(50) + 4, y(100) + 4, { width: half, align: 'right', lineBreak: false });
  pdf.text(labels.quadrants.strategic, x(50) + 4, y(0) - 12, { width: half, align: 'right', lineBreak: false });
  pdf.text(labels.quadrants.lowValue, x(0) + 4, y(100) + 4, { width: half, lineBreak: false });
  pdf.text(labels.quadrants.notReady, x(0) + 4, y(0) - 12, { width: half, lineBreak: false });

  const drawn = largestFirst(placed, (entry) => String(entry.point.rank).padStart(6, '0'));
  for (const { x: cx, y: cy, r, colour } of drawn) pdf.circle(cx, cy, r).lineWidth(0.6).fillOpacity(0.7).fillAndStroke(colour, '#0b0c0c');
  pdf.fillOpacity(1);
  // Numbers after all bubbles, so that no bubble covers another's number; each where it does not
  // overlap a number already written: inside a large bubble, else beside it (right, left, below).
  const written: { x: number; y: number }[] = [];
  const free = (x: number, y: number) => written.every((other) => Math.abs(other.x - x) >= 12 || Math.abs(other.y - y) >= 8);
  for (const { point, x: cx, y: cy, r } of drawn) {
    const label = String(point.rank);
    const width = 4 * label.length;
    const places = [
      ...(r >= 7 ? [{ x: cx, y: cy, inside: true }] : []),
      { x: cx + r + 2 + width / 2, y: cy, inside: false },
      { x: cx - r - 2 - width / 2, y: cy, inside: false },
      { x: cx, y: cy + r + 5, inside: false },
    ];
    const place = places.find((candidate) => free(candidate.x, candidate.y)) ?? places[places.length - 1];
    written.push(place);
    pdf.font('bold').fontSize(6.5).fillColor(place.inside ? '#ffffff' : '#0b0c0c');
    pdf.text(label, place.x - 10, place.y - 3.5, { width: 20, align: 'center', lineBreak: false });
  }

  // Legend: the grades' colours, right of the chart.
  let legendY = frame.top;
  const legendX = frame.left + size + 16;
  pdf.font('body').fontSize(8);
  for (const grade of GRADE_ORDER) {
    pdf.circle(legendX + 4, legendY + 4, 4).lineWidth(0.6).fillAndStroke(gradeColour(grade), '#0b0c0c');
    pdf.fillColor('#0b0c0c').text(labels.grade(grade), legendX + 12, legendY, { width: area.x + area.width - legendX - 12, lineBreak: false });
    legendY += 14;
  }
}
