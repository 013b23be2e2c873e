// Local wall-clock time at a fixed UTC offset (the model's regions keep one July offset each),
// as hour of day, weekday and a short text: "Fri 14:09".
const HOUR = 3_600_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

export interface LocalTime {
  /** Hour of day, 0-24, fractional. */
  hour: number;
  /** Day of week, 0 = Sunday. */
  weekday: number;
  day: (typeof WEEKDAYS)[number];
  text: string;
}

export function localTimeAt(ms: number, offsetHours: number): LocalTime {
  const d = new Date(ms + offsetHours * HOUR);
  const hour = d.getUTCHours() + d.getUTCMinutes() / 60;
  const weekday = d.getUTCDay();
  const day = WEEKDAYS[weekday]!;
  const text = `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return { hour, weekday, day, text };
}
