// The one place a problem of src/scenario/problems.ts ({source, path, code, values}) becomes
// text, in either language. English is problemMessage (the words the command line prints, so a
// message reads the same on the page and in a terminal); Japanese comes from problems/ja.ts.
// Where it happened (a file name, "link", a parameter path) is kept as written in both.
import { problemMessage, type Problem } from '../scenario/problems.js';
import type { Locale } from './locale.js';
import { JA_PROBLEMS } from './problems/ja.js';

/** The sentence for a problem, without its source and path. */
export function problemMessageIn(p: Problem, locale: Locale): string {
  return locale === 'ja' ? JA_PROBLEMS[p.code](p.values) : problemMessage(p);
}

/** Source, path and sentence: "scenarios/x.json: params.push.revertMinutes: …" (the order problemText uses). */
export function problemTextIn(p: Problem, locale: Locale): string {
  const path = [p.path, ...(p.also ?? [])].filter(Boolean).join(' + ');
  const where = [p.source, path].filter(Boolean).join(locale === 'ja' ? '：' : ': ');
  const message = problemMessageIn(p, locale);
  return where ? `${where}${locale === 'ja' ? '：' : ': '}${message}` : message;
}
