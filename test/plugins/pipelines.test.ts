import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import type {Root as NlcstRoot} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toSlantMessage} from '../../src/lint.js'
import type {SlantVFileMessage} from '../../src/engine/finding.js'
import retextSlant, {lint, rehypeSlant, remarkSlant, slant, type SlantOptions} from '../../src/index.js'
import {fixture, storyFiles} from '../helpers.js'

// What must agree: rule id, range and severity.
const shown = (messages: readonly SlantVFileMessage[]) =>
  messages
    .map(toSlantMessage)
    .map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.severity}`)
    .sort()

const cliFindings = (text: string, path: string) => shown(lint(text, {path}).file.messages as SlantVFileMessage[])

// A compiler that writes nothing: these pipelines are run for their messages.
function noCompiler(this: Processor) {
  this.compiler = () => ''
}

async function pipelineFindings(processor: Processor<any, any, any, any, any>, text: string, path: string) {
  const file = await processor.use(noCompiler).process(new VFile({path, value: text}))
  return shown(file.messages as SlantVFileMessage[])
}

const markdown = () => unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
// remark-retext's and rehype-retext's types take a processor whose transformers add no tree types, as a
// plugin typed with its tree (retext-equality's too) does: at run time any retext processor will do.
const english = () => unified().use(retextEnglish).use(retextSlant) as unknown as Processor<NlcstRoot>

// The stories in Markdown and HTML, with the comments that must silence a finding.
const disabled = '<!-- slant-disable-next-line -->\nThe regime held a legendary parade.\n\nThe regime held a parade.\n'
const asHtml = (text: string) => text.split(/\n{2,}/).map((paragraph) => `<p>${paragraph}</p>`).join('\n')
const markdownDocs: Record<string, string> = {
  ...Object.fromEntries(storyFiles.map((name) => [name.replace(/\.txt$/, '.md'), fixture(name)])),
  'inline-comments.md': disabled,
  'code-and-quotes.md': 'Run `slant --mode "draft"` and read the [“facts”](https://example.org) it cites.\n\n> The regime is strong, he said.\n'
}
const htmlDocs: Record<string, string> = {
  ...Object.fromEntries(storyFiles.map((name) => [name.replace(/\.(txt|md)$/, '.html'), asHtml(fixture(name))])),
  'inline-comments.html': asHtml(disabled),
  'code-and-quotes.html': '<p>Run <code>slant --mode "draft"</code> and read the <a href="https://example.org">“facts”</a> it cites.</p><blockquote>The regime is strong, he said.</blockquote>'
}

describe('the same findings in every pipeline as from the CLI', () => {
  it.each(Object.entries(markdownDocs))('remarkSlant: %s', async (path, text) => {
    expect(cliFindings(text, path).length).toBeGreaterThan(0)
    expect(await pipelineFindings(markdown().use(remarkSlant), text, path)).toEqual(cliFindings(text, path))
  })

  it.each(Object.entries(htmlDocs))('rehypeSlant: %s', async (path, text) => {
    expect(await pipelineFindings(unified().use(rehypeParse, {fragment: true}).use(rehypeSlant), text, path)).toEqual(cliFindings(text, path))
  })

  it.each(storyFiles.filter((name) => name.endsWith('.txt')))('the preset on plain text: %s', async (name) => {
    const text = fixture(name)
    const file = await unified().use(slant).process(new VFile({path: name, value: text}))
    expect(shown(file.messages as SlantVFileMessage[])).toEqual(cliFindings(text, name))
    expect(String(file)).toBe(text)
  })

  // remark-retext hands on only the words: no comments, no links, no block quotes (docs/pipelines.md).
  it.each(storyFiles)('remark-retext with the default export: %s', async (name) => {
    const text = fixture(name)
    const path = name.replace(/\.txt$/, '.md')
    expect(await pipelineFindings(markdown().use(remarkRetext, english()), text, path)).toEqual(cliFindings(text, path))
  })

  it.each(storyFiles)('rehype-retext with the default export: %s', async (name) => {
    const html = asHtml(fixture(name))
    const path = name.replace(/\.(txt|md)$/, '.html')
    expect(await pipelineFindings(unified().use(rehypeParse, {fragment: true}).use(rehypeRetext, english()), html, path)).toEqual(cliFindings(html, path))
  })

  it('remark-retext: quote marks in code are not read as scare quotes', async () => {
    const text = 'Run `slant --mode "draft"` to check a draft.\n'
    expect(await pipelineFindings(markdown().use(remarkRetext, english()), text, 'run.md')).toEqual([])
  })
})

describe('options are checked with the CLI’s messages', () => {
  const bad: Array<[string, unknown, string]> = [
    ['a severity that is not one', {rules: {'loaded-label': 'fatal'}}, 'rules.loaded-label: "fatal" is not a severity (expected off, info, warning or error)'],
    ['an unknown rule id', {rules: {'loaded-labl': 'warning'}}, 'rules: unknown rule id "loaded-labl" (did you mean "loaded-label"?)'],
    ['an unknown key', {rulez: {}}, 'unknown key "rulez" (did you mean "rules"?)'],
    ['quotes', {quotes: 'loud'}, 'quotes: "loud" is not a quote treatment (expected ignore, info or warning)']
  ]

  it.each(bad)('lint() rejects %s', (_what, options, message) => {
    expect(() => lint('The regime fell.', options as SlantOptions)).toThrow(`lint options: ${message}`)
  })

  it.each(bad)('the plugins reject %s', (_what, options, message) => {
    for (const plugin of [retextSlant, remarkSlant, rehypeSlant]) {
      expect(() => unified().use(plugin as typeof retextSlant, options as SlantOptions).freeze()).toThrow(`slant options: ${message}`)
    }
  })

  it('a setting the plugins take changes what they report', async () => {
    const text = 'The regime fell.\n'
    const off = {rules: {'loaded-label': 'off'}} satisfies SlantOptions
    expect(await pipelineFindings(markdown().use(remarkSlant, off), text, 'a.md')).toEqual([])
    expect(await pipelineFindings(markdown().use(remarkSlant), text, 'a.md')).toEqual(cliFindings(text, 'a.md'))
  })
})
