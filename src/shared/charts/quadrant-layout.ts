import { scaleLinear, scaleSqrt } from 'd3-scale';
import { GRADES_STRONGEST_FIRST } from '../../measurements/domain/measurement.enums.js';

/** The evidence grades in the order of their colours: the strongest evidence first. */
export const GRADE_ORDER = GRADES_STRONGEST_FIRST;
/** Colours of the evidence grades, in GRADE_ORDER (legends use the same). */
export const GRADE_PALETTE = ['#0b3d91', '#00703c', '#f47738', '#6f72af'] as const;

export interface QuadrantInput {
  automationPotential: number;
  easeOfImplementation: number;
  hoursSaved: number;
  grade: string;
}

export interface QuadrantFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The largest bubble's radius; the smallest is 3. */
  maxRadius: number;
}

/**
 * Where the quadrant chart puts each candidate: Automation Potential across and Ease of
 * Implementation up, both 0..100, bubble area following hours saved (a square-root scale from
 * zero), colour by evidence grade. One layout for the web app's chart and the ranking report's.
 */
export function quadrantLayout<Point extends QuadrantInput>(points: readonly Point[], frame: QuadrantFrame) {
  const x = scaleLinear().domain([0, 100]).range([frame.left, frame.left + frame.width]);
  const y = scaleLinear().domain([0, 100]).range([frame.top + frame.height, frame.top]);
  const radius = scaleSqrt()
    .domain([0, Math.max(1, ...points.map((point) => point.hoursSaved))])
    .range([3, frame.maxRadius])
    .clamp(true);
  return {
    x,
    y,
    ticks: x.ticks(10),
    placed: points.map((point) => ({
      point,
      x: x(point.automationPotential),
      y: y(point.easeOfImplementation),
      r: radius(Math.max(0, point.hoursSaved)),
      colour: gradeColour(point.grade),
    })),
  };
}

/** Largest first, so that a small bubble is never hidden under a large one. */
export function largestFirst<Placed extends { r: number }>(placed: readonly Placed[], key: (entry: Placed) => string): Placed[] {
  return [...placed].sort((a, b) => b.r - a.r || key(a).localeCompare(key(b)));
}

/** An evidence grade's colour (an unknown grade takes the first). */
export function gradeColour(grade: string): string {
  return GRADE_PALETTE[Math.max(0, (GRADE_ORDER as readonly string[]).indexOf(grade))];
}
