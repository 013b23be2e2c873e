// Index of a (sector, region, class) group in the run's group histograms.
import { CLASSES, REGIONS } from './types.js';

export const groupOf = (sector: number, region: number, cls: number): number =>
  (sector * REGIONS.length + region) * CLASSES.length + cls;
