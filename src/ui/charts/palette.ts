// Colours: Okabe & Ito's colour-blind-safe set (Okabe, Ito 2008, "Color Universal Design",
// https://jfly.uni-koeln.de/color/), plus greys for ink. Every chart takes its colours from here,
// so "down now" is the same vermillion everywhere.

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** What each measure is drawn in, across charts. */
export const MEASURE_COLOR = {
  down: OKABE_ITO.vermillion,
  crashed: OKABE_ITO.blue,
  onAtPublish: OKABE_ITO.skyBlue,
  sensorsOnline: OKABE_ITO.bluishGreen,
  crashedRecovered: OKABE_ITO.reddishPurple,
  /** Sensors offline on machines that stayed up (failed user-mode agents). */
  agentOnlyDown: OKABE_ITO.orange,
  workHours: '#F3EFD6',
} as const;

export const INK = {
  text: '#1a1a1a',
  muted: '#5b5b5b',
  faint: '#8a8a8a',
  grid: '#e6e6e6',
  axis: '#9a9a9a',
  event: '#6b6b6b',
  reference: '#333333',
  background: '#ffffff',
} as const;

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** `hex` as it looks at `opacity` over white: for legend swatches of faded marks. */
export function fadedOnWhite(hex: string, opacity: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * opacity + 255 * (1 - opacity)).toString(16).padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}
