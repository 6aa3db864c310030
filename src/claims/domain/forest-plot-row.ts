/**
 * One process in a claim's forest plot (web app and PDF report alike): the measured change in
 * the claimed direction with its 95% interval, and the before-pilot bound P10–P90.
 */
export interface ForestPlotRow {
  name: string;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  boundP10: number | null;
  boundP90: number | null;
}
