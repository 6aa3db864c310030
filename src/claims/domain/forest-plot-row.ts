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

/** What a forest plot reads of a verification's check (as the API and the report carry it). */
export interface ForestPlotCheck {
  processName: string;
  exPost: { estimate?: number | null; lower?: number | null; upper?: number | null };
  exAnte: { boundP10?: number | null; boundP90?: number | null };
}

/** The forest plot's rows, one per check, in the checks' order. */
export function forestPlotRows(checks: readonly ForestPlotCheck[]): ForestPlotRow[] {
  return checks.map((check) => ({
    name: check.processName,
    estimate: check.exPost.estimate ?? null,
    lower: check.exPost.lower ?? null,
    upper: check.exPost.upper ?? null,
    boundP10: check.exAnte.boundP10 ?? null,
    boundP90: check.exAnte.boundP90 ?? null,
  }));
}
