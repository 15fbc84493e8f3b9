import {describe, expect, it} from 'vitest'
import {lint, validateRulePack, type SlantOptions} from '../../src/index.js'

type Format = 'markdown' | 'mdx' | 'html'
const formats: Format[] = ['markdown', 'mdx', 'html']
const extension: Record<Format, string> = {markdown: 'md', mdx: 'mdx', html: 'html'}

// A document with its HTML comments written as each format writes comments: MDX in braces, as JS comments.
function render(template: string, format: Format): string {
  return format === 'mdx' ? template.replace(/<!--([^]*?)-->/g, '{/*$1*/}') : template
}

function findings(template: string, format: Format, options: SlantOptions = {}) {
  const {messages} = lint(render(template, format), {path: `draft.${extension[format]}`, ...options})
  return messages.map((message) => `${message.line}:${message.ruleId}:${message.severity}`)
}

const labelled = 'The regime held a legendary parade.'

// [form, document, findings left as line:rule:severity]
const cases: Array<[string, string, string[]]> = [
  ['nothing disabled', `${labelled}\n`, ['1:loaded-label:warning', '1:puffery:warning']],
  ['slant-disable … slant-enable', `<!-- slant-disable -->\n${labelled}\n<!-- slant-enable -->\n\n${labelled}\n`, ['5:loaded-label:warning', '5:puffery:warning']],
  ['slant-disable to the end of the file', `${labelled}\n\n<!-- slant-disable -->\n\n${labelled}\n`, ['1:loaded-label:warning', '1:puffery:warning']],
  ['slant-disable with rule ids', `<!-- slant-disable loaded-label -->\n${labelled}\n`, ['2:puffery:warning']],
  ['slant-disable with two ids, one ended', `<!-- slant-disable loaded-label, puffery -->\n${labelled}\n<!-- slant-enable puffery -->\n\n${labelled}\n`, ['5:puffery:warning']],
  ['slant-disable-next-line', `<!-- slant-disable-next-line -->\n${labelled}\n${labelled}\n`, ['3:loaded-label:warning', '3:puffery:warning']],
  ['slant-disable-next-line with rule ids', `<!-- slant-disable-next-line loaded-label puffery -->\n${labelled}\n`, []],
  ['slant-disable-next-line with a reason', `<!-- slant-disable-next-line puffery -- the parade’s own name -->\n${labelled}\n`, ['2:loaded-label:warning']],
  ['slant-disable-file', `${labelled}\n\n<!-- slant-disable-file -->\n`, []],
  ['slant-disable-file with a rule id', `<!-- slant-disable-file puffery -->\n\n${labelled}\n`, ['3:loaded-label:warning']],
  ['a disable that silenced nothing', `<!-- slant-disable-next-line scare-quotes -->\n${labelled}\n`, ['1:unused-disable:info', '2:loaded-label:warning', '2:puffery:warning']],
  ['an id in a disable that silenced nothing', `<!-- slant-disable loaded-label, scare-quotes -->\n${labelled}\n`, ['1:unused-disable:info', '2:puffery:warning']],
  ['comments that are not directives', `<!-- slant-disabled -->\n<!-- note: slant-disable -->\n${labelled}\n`, ['3:loaded-label:warning', '3:puffery:warning']]
]

describe.each(formats)('inline comments in %s', (format) => {
  it.each(cases)('%s', (_form, template, expected) => {
    expect(findings(template, format)).toEqual(expected)
  })
})

describe('inline comments', () => {
  it('are read where Markdown allows HTML: inside a paragraph, a list or a block quote', () => {
    expect(findings(`The regime fell. <!-- slant-disable-next-line -->\nThe regime rose.\n`, 'markdown')).toEqual(['1:loaded-label:warning'])
    expect(findings(`- <!-- slant-disable-next-line -->\n  ${labelled}\n`, 'markdown')).toEqual([])
    expect(findings(`> <!-- slant-disable -->\n> ${labelled}\n`, 'markdown')).toEqual([])
    expect(findings(`<!--\n  slant-disable-next-line\n-->\n${labelled}\n`, 'markdown')).toEqual([])
  })

  it('are read in MDX expressions inside JSX', () => {
    expect(findings(`<Note>\n  {/* slant-disable-next-line */}\n  ${labelled}\n</Note>\n`, 'mdx')).toEqual([])
  })

  it('are not read in plain text, which has no comments', () => {
    const {messages} = lint(`<!-- slant-disable-file -->\n${labelled}\n`, {path: 'draft.txt'})
    expect(messages.map((message) => message.ruleId)).toEqual(['loaded-label', 'puffery'])
  })

  it('report a disable that silenced nothing at the comment, as ESLint reports unused disables', () => {
    const source = `Intro.\n\n<!-- slant-disable-next-line puffery -->\nThe regime fell.\n`
    const [unused] = lint(source, {path: 'draft.md'}).messages
    expect(unused).toMatchObject({
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 41,
      severity: 'info',
      ruleId: 'unused-disable',
      source: 'slant',
      message: '“slant-disable-next-line puffery” silenced nothing; remove it',
      actual: '<!-- slant-disable-next-line puffery -->',
      expected: []
    })
  })

  it('name the nearest rule id when one in a comment is unknown', () => {
    const [unused] = lint(`<!-- slant-disable-next-line loaded-lable -->\n${labelled}\n`, {path: 'draft.md'}).messages
    expect(unused.message).toBe('“slant-disable-next-line loaded-lable” silenced nothing: “loaded-lable” is not a rule id (did you mean “loaded-label”?)')
  })

  it('know the rule ids of retext-equality and retext-profanities, as reports show them', () => {
    const unused = (id: string) => lint(`<!-- slant-disable-next-line ${id} -->\nQuiet.\n`, {path: 'draft.md'}).messages.map((message) => message.message)
    expect(unused('her-him')).toEqual(['“slant-disable-next-line her-him” silenced nothing; remove it'])
    expect(unused('damn')).toEqual(['“slant-disable-next-line damn” silenced nothing; remove it'])
    expect(lint('<!-- slant-disable-next-line her-him -->\nEach nurse said her shift ran late.\n', {path: 'draft.md'}).messages).toEqual([])
  })

  it('take the severity of unused-disable from the rules setting', () => {
    const template = `<!-- slant-disable-next-line scare-quotes -->\nQuiet.\n`
    expect(findings(template, 'markdown', {rules: {'unused-disable': 'off'}})).toEqual([])
    expect(findings(template, 'markdown', {rules: {'unused-disable': 'error'}})).toEqual(['1:unused-disable:error'])
  })

  it('silence retext-equality or retext-profanities as a whole by their names', () => {
    const sources = (template: string) => lint(template, {path: 'draft.md'}).messages.map((message) => message.source)
    expect(sources('That idiot yelled fuck.\n')).toEqual(['retext-equality', 'retext-profanities'])
    expect(sources('<!-- slant-disable-next-line retext-equality -->\nThat idiot yelled fuck.\n')).toEqual(['retext-profanities'])
    expect(sources('<!-- slant-disable-next-line retext-profanities, retext-equality -->\nThat idiot yelled fuck.\n')).toEqual([])
  })

  it('keep a house pack’s findings silenced under the pack id', () => {
    const packs = [validateRulePack({id: 'house-style', entries: [{term: 'zorbly'}]}, 'house.yml')]
    const text = '<!-- slant-disable-next-line house-style -->\nThe zorbly plan.\nThe zorbly plan.\n'
    expect(lint(text, {path: 'draft.md', packs}).messages.map((message) => `${message.line}:${message.ruleId}`)).toEqual(['3:house-style'])
  })
})
