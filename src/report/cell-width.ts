import stringWidth from 'string-width'

// Characters that are each one grapheme one column wide, as string-width 6 counts them: printable
// ASCII, Latin-1 and the other Latin letters but © and ® (emoji), and General Punctuation's
// dashes, quotes and ellipsis. test/perf/cell-width.test.ts checks each against string-width.
export const narrowText = /^[\x20-\x7E\xA0-\xA8\xAA-\xAD\xAF-\u02FF\u2010-\u2027]*$/

/**
 * The columns `text` takes in a terminal, as string-width gives them. string-width segments the
 * text and tests every character against an emoji pattern; text of narrow characters alone,
 * such as slant's reasons, needs neither. The CLI's bundle gives vfile-reporter this function
 * for string-width (src/bundle-programs.ts): the stylish report of the 71 Brown files spent a
 * quarter of a second measuring its cells.
 */
export default function cellWidth(text: string): number {
  return narrowText.test(text) ? text.length : stringWidth(text)
}
