/** Markup that is already safe to send: built by {@link html} or marked by {@link trusted}. */
export class SafeHtml {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** A value {@link html} accepts: text is escaped, SafeHtml kept, arrays joined, null dropped. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for use in HTML content and quoted attribute values.
 *
 * @example escapeHtml('<b title="x">') // '&lt;b title=&quot;x&quot;&gt;'
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

const render = (value: HtmlValue): string => {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
};

/**
 * Template tag that escapes every interpolated value unless it is SafeHtml.
 *
 * @example html`<p>${'a < b'}</p>`.text // '<p>a &lt; b</p>'
 */
export const html = (strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml => {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(text);
};

/** Marks markup the sandbox wrote itself as safe; never pass it anything a user typed. */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);
