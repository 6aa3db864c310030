import { lazyModule } from '../components/lazy-module.js';

/** Observable Plot's charts: fetched only by screens that draw them, once per page load. */
export const plotCharts = lazyModule(() => import('./plot-charts.js'));

/** The ranking's quadrant chart (React and d3-scale, a few kB): fetched with the ranking's data. */
export const quadrantChart = lazyModule(() => import('./quadrant-chart.js'));
