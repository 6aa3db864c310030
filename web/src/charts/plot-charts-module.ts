import { lazyModule } from '../components/lazy-module.js';

/** Observable Plot's charts: fetched only by screens that draw them, once per page load. */
export const plotCharts = lazyModule(() => import('./plot-charts.js'));
