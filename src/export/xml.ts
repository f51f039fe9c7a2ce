/**
 * Text that XML 1.0 can hold. XML 1.0 forbids C0 control characters other
 * than tab, line feed and carriage return, unpaired UTF-16 surrogates and
 * U+FFFE/U+FFFF, even as character references, so they cannot be escaped:
 * they are removed. Article text may contain any of them (a JSON `text`
 * field, a page with stray bytes). Pure: the CLI export and the web view's
 * GEXF button both write through it (via gexf-text.ts).
 */

/** Every character XML 1.0 forbids. */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` without the characters XML 1.0 forbids (everything else, markup characters included, is kept for the writer to escape). */
export function xmlSafe(s: string): string {
  XML_FORBIDDEN.lastIndex = 0;
  return XML_FORBIDDEN.test(s) ? s.replace(XML_FORBIDDEN, '') : s;
}
