// The static page's text in the current language: every element of index.html marked
// data-i18n="key" (its text) or data-i18n-aria="key" (its aria-label), the document title and
// description, and <html lang>. Run at start and on every language switch; index.html keeps the
// English text so the page reads before the script runs.
import { isMessageKey, type MessageKey } from '../../i18n/index.js';
import { tr, ui } from '../pageLocale.js';

/** Page texts have no placeholders. */
const text = tr as (key: string) => string;

export function applyPageText(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n ?? '';
    if (isMessageKey(key)) el.textContent = text(key);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-aria]')) {
    const key = el.dataset.i18nAria ?? '';
    if (isMessageKey(key)) el.setAttribute('aria-label', text(key));
  }
  document.documentElement.lang = ui().htmlLang;
  document.title = tr('page.title');
  document.querySelector('meta[name="description"]')?.setAttribute('content', tr('page.description'));
  const pick = document.getElementById('lang-select') as HTMLSelectElement | null;
  if (pick) pick.value = ui().locale;
}

/**
 * A span holding a catalog text, marked so applyPageText() says it again after a language
 * switch: for the texts a view makes once (titles, notes, labels beside inputs).
 */
export function txt(key: MessageKey): HTMLSpanElement {
  const span = document.createElement('span');
  span.dataset.i18n = key;
  span.textContent = text(key);
  return span;
}
