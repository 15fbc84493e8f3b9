import {describe, expect, it} from 'vitest'
import {lint, type Format} from '../../src/index.js'
import {textAt} from '../helpers.js'

// Each case: the source, its format, and the loaded words slant must point at exactly.
const cases: Array<[string, Format, string, string[]]> = [
  ['plain text', 'text', 'The despots met.', ['despots']],
  ['CRLF line endings', 'text', 'Line one.\r\nThe despots met.\r\nThe tyrant left.\r\n', ['despots', 'tyrant']],
  ['a byte order mark', 'text', '\uFEFFThe despots met.', ['despots']],
  ['HTML entity before the word', 'html', '<p>Tom &amp; the despots met.</p>', ['despots']],
  ['numeric entities', 'html', '<p>Caf&#233; &#x26; the despots met &mdash; tyrants too.</p>', ['despots', 'tyrants']],
  ['an entity inside the word', 'html', '<p>The despo&#116;s met.</p>', ['despo&#116;s']],
  ['Markdown entity', 'markdown', 'Tom &amp; the despots met.', ['despots']],
  ['Markdown escapes', 'markdown', 'Tom \\& the \\*despots\\* met.', ['despots']],
  ['emphasis', 'markdown', 'The **despots** met *the tyrant*.', ['despots', 'tyrant']],
  ['block quote markers', 'markdown', '> The despots met\n> the tyrant.', ['despots', 'tyrant']],
  ['list items', 'markdown', '- The despots met.\n  - The tyrant left.', ['despots', 'tyrant']],
  ['a heading', 'markdown', '# Despots meet\n\nText.', ['Despots']],
  ['GFM table cells', 'markdown', '| who | what |\n| --- | --- |\n| the despots | met a tyrant |', ['despots', 'tyrant']],
  ['link text', 'markdown', 'See [the despots](https://example.com/despots).', ['despots']],
  ['image alt text', 'markdown', '![the despots waving](pic.png)', ['despots']],
  // Unclosed "![" before bare URLs: the GFM step leaves the split text without positions.
  ['an unclosed image before URLs', 'markdown', '![http://x.y/z\n\tdespots</em>\nhttp://x.y/z', ['despots']],
  ['an unclosed link before a URL and references', 'markdown', '[http://x.y/z&amp;despots\n&#116;\u000bdespots', ['despots']],
  ['CRLF in Markdown', 'markdown', '# Title\r\n\r\nThe despots\r\nmet the tyrant.\r\n', ['despots', 'tyrant']],
  ['BOM in Markdown', 'markdown', '\uFEFF# Title\n\nThe despots met.', ['despots']],
  // The HTML parser drops the NUL and starts the text node late, at the reference's last character.
  ['a NUL before a reference in HTML', 'html', '\u0000&#116;\ndespots', ['despots']],
  ['HTML alt text', 'html', '<p>Photo: <img src="a.png" alt="the despots waving"></p>', ['despots']],
  ['HTML table', 'html', '<table><tr><td>the despots</td><td>a tyrant</td></tr></table>', ['despots', 'tyrant']],
  ['MDX prose', 'mdx', 'import X from "./x.js"\n\n# Hello\n\nThe despots met <X prop={despots} />.', ['despots']]
]

describe('positions are exact after markup', () => {
  it.each(cases)('%s', (_name, format, source, expected) => {
    const messages = lint(source, {format}).messages.filter((message) => message.source === 'slant')
    expect(messages.map((message) => textAt(source, message))).toEqual(expected)
  })
})

// Code, URLs, front matter, scripts and JSX expressions are never prose.
const notProse: Array<[string, Format, string]> = [
  ['fenced code', 'markdown', '```\nthe despots\n```'],
  ['indented code', 'markdown', 'Text.\n\n    the despots\n'],
  ['inline code', 'markdown', 'Call `despots()` now.'],
  ['a URL in text', 'text', 'See https://example.com/despots-and-tyrants for more.'],
  ['a bare URL in Markdown', 'markdown', 'See https://example.com/despots for more.'],
  ['an autolink', 'markdown', 'See <https://example.com/despots>.'],
  ['link targets', 'markdown', 'See [this page](https://example.com/tyrant).'],
  ['YAML front matter', 'markdown', '---\ntitle: the despots\n---\n\nText.'],
  ['TOML front matter', 'markdown', '+++\ntitle = "the despots"\n+++\n\nText.'],
  ['HTML script', 'html', '<p>Text.</p><script>const despots = 1</script>'],
  ['HTML style', 'html', '<style>.tyrant { color: red }</style><p>Text.</p>'],
  ['HTML code', 'html', '<p>Run <code>despots</code>.</p><pre>tyrant</pre>'],
  ['HTML attributes', 'html', '<p title="despots" class="tyrant">Text.</p>'],
  ['MDX expressions', 'mdx', 'Text {despots} and <Box label="tyrant" />.'],
  ['MDX ESM', 'mdx', 'export const despots = 1\n\nText.'],
  ['raw HTML in Markdown', 'markdown', '<div class="despots"></div>\n\nText.']
]

describe('what is not prose is never linted', () => {
  it.each(notProse)('%s', (_name, format, source) => {
    expect(lint(source, {format}).messages).toEqual([])
  })
})

describe('sentences', () => {
  it('are split by the English parser, so abbreviations do not end them', () => {
    const source = 'Mr. Smith met the despots. Dr. Jones left.'
    const [message] = lint(source).messages
    expect(textAt(source, message)).toBe('despots')
    expect(message.line).toBe(1)
    expect(message.column).toBe(19)
  })
})
