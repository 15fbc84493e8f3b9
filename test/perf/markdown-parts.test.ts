import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {markdownParts} from '../../src/source/markdown-parts.js'
import {markdownProse} from '../../src/source/markdown.js'
import type {Prose} from '../../src/source/prose.js'
import {comparisonTexts} from '../helpers.js'
import {fuzzParameters, markupText} from '../robustness/arbitraries.js'

const readWhole = (source: string, mdx: boolean) => markdownProse(source, mdx, Infinity)

// Everything a reader of the prose can ask: its text, spans, comments, and where each offset stands in the source.
function expectSameProse(parts: Prose, whole: Prose) {
  if (parts.text !== whole.text) {
    let offset = 0
    while (parts.text[offset] === whole.text[offset]) offset++
    // The place it differs, not the whole text: a long text's diff takes minutes to print.
    expect(parts.text.slice(offset - 40, offset + 40)).toBe(whole.text.slice(offset - 40, offset + 40))
  }
  expect(parts.quoteSpans).toEqual(whole.quoteSpans)
  expect(parts.citationSpans).toEqual(whole.citationSpans)
  expect(parts.comments).toEqual(whole.comments)
  for (let offset = 0; offset <= whole.text.length; offset++) {
    if (parts.sourceStart(offset) !== whole.sourceStart(offset) || parts.sourceEnd(offset) !== whole.sourceEnd(offset)) {
      throw new Error(`offset ${offset} maps to ${parts.sourceStart(offset)}–${parts.sourceEnd(offset)}, not ${whole.sourceStart(offset)}–${whole.sourceEnd(offset)}`)
    }
  }
}

const paragraphs = 'The despots met.\n\nCritics say the regime is a pariah.\n\nHe said "we are proud".'

// Blocks that stay open over a blank line, and blocks whose meaning the lines after them settle.
const crafted: Record<string, string> = {
  'a fence over blank lines': `${paragraphs}\n\n\`\`\`\ncode\n\nThe despots in code.\n\n\`\`\`\n\n${paragraphs}`,
  'a fence in a list, closed by the list': `${paragraphs}\n\n- item\n\n  \`\`\`\n  code\n\nThe despots after the list.\n\n\`\`\`\n\n${paragraphs}`,
  'a fence left open': `${paragraphs}\n\n~~~~\ncode\n\n~~~\n\nStill code.\n\n${paragraphs}`,
  'an HTML comment over blank lines': `${paragraphs}\n\n<!-- slant-disable\n\nThe despots, hidden.\n\n-->\n\n${paragraphs}`,
  'a script over blank lines': `${paragraphs}\n\n<script>\nlet a\n\nThe despots in script.\n\n</script>\n\n${paragraphs}`,
  'a list with paragraphs': `${paragraphs}\n\n- one\n\n  two, the despots\n\n- three\n\nAfter the list.\n\n${paragraphs}`,
  'block quotes': `${paragraphs}\n\n> quoted despots\n\n> more\nlazy line\n\nAfter.\n\n${paragraphs}`,
  'setext headings and tables': `${paragraphs}\n\nHeading\n=======\n\nHeading two\n---\n\n| a | b |\n| - | - |\n| despots | x |\n\n${paragraphs}`,
  'front matter with a blank line': `---\ntitle: x\n\nsummary: the despots\n---\n\n${paragraphs}\n\n${paragraphs}`,
  'front matter never closed': `---\ntitle: x\n\nsummary: the despots\n\n${paragraphs}\n\n${paragraphs}`,
  'a reference definition at the end': `${paragraphs}\n\nSee [the report][r].\n\n${paragraphs}\n\n[r]: http://x.y`,
  'CRLF and trailing spaces': `${paragraphs.replaceAll('\n', '\r\n')}\r\n\r\nA hard  \nbreak.\n\n${paragraphs}`,
  'indented lines': `${paragraphs}\n\n    indented code\n\n  two spaces\n\n${paragraphs}`,
  'addresses and marks': `${paragraphs}\n\nMail a@b.co or www.x.y or http://x.y today.\n\nA & B, 1. item, # heading\n\n${paragraphs}`
}

const mdxCrafted: Record<string, string> = {
  'JSX over blank lines': `${paragraphs}\n\n<Note>\n\nThe despots in a note.\n\n</Note>\n\n${paragraphs}`,
  'an expression over blank lines': `${paragraphs}\n\n{\n\n1 + 1\n\n}\n\n${paragraphs}`,
  'a paragraph that reads as ESM': `${paragraphs}\n\nexport markets grew.\n\n${paragraphs}`,
  'an unclosed element': `${paragraphs}\n\n<Note>\n\n${paragraphs}`
}

const project = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

describe('Markdown read in parts', () => {
  // The rules reference's tables and headings, in a tenth of its length: the whole file takes seconds per reading.
  const rulesStart = project('docs/rules.md').slice(0, 32_000)
  const documents: Record<string, string> = {
    ...comparisonTexts(),
    'README.md': project('README.md'),
    'docs/rules.md, its first 32 kB': rulesStart.slice(0, rulesStart.lastIndexOf('\n\n')),
    ...crafted
  }

  it.each(Object.keys(documents))('reads %s as the whole parse does, at any part length', (name) => {
    const source = documents[name]
    const whole = readWhole(source, false)
    for (const length of [1, 200, 4096]) expectSameProse(markdownProse(source, false, length), whole)
  })

  it.each(Object.keys(mdxCrafted))('reads MDX with %s as the whole parse does', (name) => {
    const source = mdxCrafted[name]
    let whole: Prose | Error
    try {
      whole = readWhole(source, true)
    } catch (error) {
      whole = error as Error
    }
    if (whole instanceof Error) expect(() => markdownProse(source, true, 1)).toThrow(whole.message)
    else expectSameProse(markdownProse(source, true, 1), whole)
  })

  it('reads random Markdown as the whole parse does, split wherever it can be', () => {
    fc.assert(
      fc.property(markupText, markupText, (first, second) => {
        const source = `${first}\n\n${paragraphs}\n\n${second}`
        expectSameProse(markdownProse(source, false, 1), readWhole(source, false))
      }),
      fuzzParameters
    )
  })

  it('parses plain paragraphs without the parser, and the rest in parts', () => {
    const parser = unified().use(remarkParse).use(remarkGfm)
    const texts: string[] = []
    const parse = (text: string) => {
      texts.push(text)
      return parser.parse(text) as Root
    }
    const lead = Array.from({length: 300}, () => 'The despots met.').join('\n\n')
    const source = `${lead}\n\n\`\`\`\ncode\n\nThe despots in code.\n\n\`\`\`\n\n${paragraphs}\n\nA *marked* word.\n\n${paragraphs}`
    const kinds = [...markdownParts(source, parse, false, 4096)].map((part) => part.kind)
    expect(kinds).toContain('plain')
    expect(kinds).not.toContain('whole')
    // Each run of blocks that needs the parser, with the plain paragraph after it that shows it
    // closed; inside the fence, the paragraph is code, and the part grows to the next one.
    expect(texts).toEqual([
      '```\ncode\n\nThe despots in code.',
      '```\ncode\n\nThe despots in code.\n\n```\n\nThe despots met.',
      'A *marked* word.\n\nThe despots met.'
    ])
  })

  it('reads a document with definitions or unclosed front matter whole', () => {
    for (const name of ['a reference definition at the end', 'front matter never closed']) {
      const kinds = [...markdownParts(crafted[name], (text) => unified().use(remarkParse).parse(text) as Root, false, 1)].map((part) => part.kind)
      expect(kinds.at(-1)).toBe('whole')
    }
  })
})
