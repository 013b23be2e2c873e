// The colour beside a run's name in the report: the colour its lines and bars have on the charts.
import { RUN_COLORS } from '../ui/charts/timelineChart.js';

/** The charts' grey for the July 2024 baseline drawn behind other runs (timelineChart.ts). */
const BASELINE_GREY = '#a3a3a3';

export const runSwatchColor = (colorIndex: number): string =>
  (colorIndex < 0 ? BASELINE_GREY : RUN_COLORS[colorIndex % RUN_COLORS.length]!);
