import {describe, it} from 'vitest'
import type {Format} from '../../src/index.js'
import {lintsCleanly} from './arbitraries.js'

// Inputs the fuzz failed on, each with its cause: in slant, or in the range check of arbitraries.ts.
const counterexamples: Array<[string, Format, string]> = [
  // The reference decodes to a letter against the URL, so the URL had no word boundary and was read as prose.
  ['a character reference before a URL', 'html', '"&#116;http://x.y/z\ndespots"despots'],
  // The range check decoded the reference in `actual` too, which the backslash had kept as it is.
  ['an escaped character reference', 'markdown', '"\\&#116;"\n*'],
  // The range check ended an HTML tag at a "<" inside it, so it read the tag's name as prose.
  ['a tag holding a "<"', 'html', "'\u200d<despots\n<em>&#116;'\u200d"],
  // Invalid MDX, read as Markdown, where "<despots*" is text: the range check took it for a tag.
  ['a tag name ending in "*"', 'mdx', '---\n\n“<despots*\n> despots”\u200d'],
  // "<![" opens a comment in HTML, up to the first ">": the range check read its text as prose.
  ['"<![" in HTML', 'html', '‘<![\n\u1090</Foo>o\ndespots’*'],
  // Invalid MDX, read as Markdown, where "<despots\n\>" is text (no attribute starts with "\"): the range check took it for a tag.
  ['a tag with a backslash for an attribute', 'mdx', '«<despots\n\\> despots»despots'],
  // HTML reads "&reg" as "®" without a semicolon, in "&regime’s" too: the range check decoded only references with one.
  ['a legacy reference without a semicolon', 'html', '"&regime’s\ndespots"\n*'],
  // lint() drops one byte order mark and the Markdown parser skips the next, counting its offsets from after it:
  // ranges ended a character short.
  ['two byte order marks', 'mdx', '\uFEFF\uFEFF\n```\n\n```\ndespots'],
  // After the NUL, the text opening with a reference started at its ";", and was looked for from the last text
  // placed, before the tag: "despots" was found in the tag's name "<despots".
  ['a NUL and a reference after a tag', 'html', '<despots‘\n-->\u0000&#116;‘despots'],
  // An escaped backslash leaves the reference after it a reference: the range check read it as escaped.
  ['a reference after an escaped backslash', 'mdx', '«\\\\&#116;»\u200d'],
  // A verb of speech after a closing quotation mark that ends the document: the speaker was looked for in the
  // phrase after it, past the last word.
  ['a verb of speech that ends the text', 'html', 'critics  say”said'],
  // The parser drops a stray end tag, so the text after it runs on from the URL before it and is blanked with it:
  // the range check read the tag as a space, which ended the URL.
  ['a URL before a stray end tag', 'html', '"\u200dhttp://x.y/z</q>é\ndespots"\n*'],
  // A reference inside a URL is part of it.
  ['a reference inside a URL', 'html', '"*\nhttp://x.y/z&amp;despots"*'],
  // An image's alt text keeps a tag as text, and slant reads it as prose: the range check took it for markup.
  ['a tag in an image’s alt text', 'markdown', '![‘<em>\n\u200d’despots](http://x)'],
  ['a reference and a tag in an image’s alt text', 'markdown', '![‘&#116;despots<em>\n\u200d’despots](http://x)']
]

describe('counterexamples the fuzz found', () => {
  it.each(counterexamples)('%s (%s)', (_cause, format, text) => lintsCleanly(text, format))
})
