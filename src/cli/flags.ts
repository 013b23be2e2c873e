// Reading command-line flags, shared by `simulate`, `fit` and `report`: each argument as a flag
// (`--seed 7` or `--seed=7`) or a plain argument, a flag's value taken from after `=` or from the
// next argument, and whole numbers checked against their range. Problems are collected as lines
// naming the flag, so a command reports every bad flag at once.

/** One argument: its flag (the whole argument when it is not `--flag=value`), the argument
 * itself, and `take()`, which reads the flag's value ("needs a value" when there is none). */
export interface FlagArg {
  flag: string;
  arg: string;
  take(): string | null;
  /** The flag's value as a whole number from `min` to `max`, or null (the problem recorded). */
  whole(min: number, max: number): number | null;
}

/** Calls `on` for each argument of `argv` in turn; a value taken from the next argument is skipped. */
export function eachFlag(argv: readonly string[], errors: string[], on: (a: FlagArg) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const take = (): string | null => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) {
        errors.push(`${flag}: needs a value`);
        return null;
      }
      i++;
      return v;
    };
    const whole = (min: number, max: number): number | null => {
      const v = take();
      return v === null ? null : wholeNumber(flag, v, min, max, errors);
    };
    on({ flag, arg, take, whole });
  }
}

/** `v` as a whole number from `min` to `max`, or null with a line naming the flag. */
export function wholeNumber(flag: string, v: string, min: number, max: number, errors: string[]): number | null {
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    errors.push(`${flag}: got "${v}"; expected a whole number from ${min} to ${max}`);
    return null;
  }
  return n;
}

/** The largest seed (seeds are 32-bit). */
export const MAX_SEED = 0xffffffff;
