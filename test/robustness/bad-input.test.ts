import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint, validateRulePack, type SlantMessage} from '../../src/index.js'
import {project, slant, slantInProcess, textAt} from '../helpers.js'

interface FileReport {
  path: string
  messages: SlantMessage[]
}

const json = (stdout: string): Record<string, SlantMessage[]> =>
  Object.fromEntries((JSON.parse(stdout) as FileReport[]).map((file) => [file.path, file.messages]))
const brief = (messages: SlantMessage[]) => messages.map(({ruleId, severity, line, column}) => ({ruleId, severity, line, column}))

// Binary fixtures are made here rather than committed: a PNG header and random-looking bytes.
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(200).fill(7)])
const latin1 = Buffer.from('Caf\xe9 owners and the despots\nmet the tyrant at the caf\xe9.\n', 'latin1')
const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The despots met.\n', 'utf16le')])

const mixedFolder = () =>
  project({
    'docs/binary.txt': png,
    'docs/latin1.md': latin1,
    'docs/empty.md': '',
    'docs/normal.txt': 'The despots met.\n',
    'docs/utf16.txt': utf16,
    'docs/bom-crlf.md': '\uFEFF# Title\r\n\r\nThe despots met\r\nthe **tyrant**.\r\n',
    'docs/old-mac.txt': 'Line one.\rThe despots met.\r'
  })

describe('a directory of mixed files', () => {
  it('skips the binary file with an info, decodes the rest and keeps positions', async () => {
    const root = mixedFolder()
    const {stdout, stderr, status} = await slantInProcess(['-f', 'json', 'docs'], {cwd: root})
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const files = json(stdout)
    expect(Object.keys(files)).toEqual(['docs/binary.txt', 'docs/bom-crlf.md', 'docs/empty.md', 'docs/latin1.md', 'docs/normal.txt', 'docs/old-mac.txt', 'docs/utf16.txt'])
    expect(files['docs/binary.txt']).toEqual([expect.objectContaining({ruleId: 'binary', severity: 'info', message: expect.stringContaining('binary file')})])
    expect(files['docs/empty.md']).toEqual([])
    expect(brief(files['docs/latin1.md'])).toEqual([
      {ruleId: 'invalid-utf8', severity: 'info', line: 1, column: 4},
      {ruleId: 'loaded-label', severity: 'warning', line: 1, column: 21},
      {ruleId: 'loaded-label', severity: 'warning', line: 2, column: 9}
    ])
    expect(files['docs/latin1.md'][0].message).toMatch(/^not valid UTF-8 \(byte 0xE9 at byte 3/)
    const decoded = new TextDecoder().decode(latin1)
    expect(files['docs/latin1.md'].slice(1).map((message) => textAt(decoded, message))).toEqual(['despots', 'tyrant'])
    expect(brief(files['docs/normal.txt'])).toEqual([{ruleId: 'loaded-label', severity: 'warning', line: 1, column: 5}])
    // A lone CR ends a line, as in editors and the language server.
    expect(brief(files['docs/old-mac.txt'])).toEqual([{ruleId: 'loaded-label', severity: 'warning', line: 2, column: 5}])
    expect(brief(files['docs/utf16.txt'])).toEqual([{ruleId: 'loaded-label', severity: 'warning', line: 1, column: 5}])
    const bomCrlf = readFileSync(join(root, 'docs/bom-crlf.md'), 'utf8')
    expect(files['docs/bom-crlf.md'].map((message) => [message.line, message.column, textAt(bomCrlf, message)])).toEqual([
      [3, 5, 'despots'],
      [4, 7, 'tyrant']
    ])
  })

  it('reports a binary file named on the command line as a warning', async () => {
    const root = mixedFolder()
    const {stdout, stderr, status} = await slantInProcess(['-f', 'compact', 'docs/binary.txt', 'docs/normal.txt'], {cwd: root})
    expect({stderr, status}).toEqual({stderr: '', status: 0})
    expect(stdout.split('\n')[0]).toBe('docs/binary.txt:1:1: warning: binary file (NUL or control bytes), not prose: skipped [binary]')
  })

  it('shows skipped files in the stylish report', async () => {
    const root = mixedFolder()
    const {stdout} = await slantInProcess(['docs'], {cwd: root})
    expect(stdout).toMatch(/docs\/binary\.txt\n\s+info\s+binary file .* skipped\s+binary/)
    expect(stdout).toMatch(/docs\/latin1\.md\n1:4-1:4\s+info\s+not valid UTF-8/)
  })

  it('never writes to the files it reads', async () => {
    const root = mixedFolder()
    const snapshot = () =>
      readdirSync(join(root, 'docs')).map((name) => {
        const path = join(root, 'docs', name)
        return [name, readFileSync(path).toString('base64'), statSync(path).mtimeMs]
      })
    const before = snapshot()
    for (const format of ['stylish', 'json', 'compact']) await slantInProcess(['-f', format, '.'], {cwd: root})
    expect(snapshot()).toEqual(before)
    expect(readdirSync(root)).toEqual(['docs'])
  })
})

describe('--max-file-size', () => {
  const sized = () => project({'big.txt': 'The despots met. '.repeat(200), 'docs/big.md': 'The despots met. '.repeat(200), 'small.txt': 'The tyrant left.'})

  it('skips larger files: a warning when named, an info when found', async () => {
    const root = sized()
    const {stdout, status} = await slantInProcess(['-f', 'json', '--max-file-size', '2KB', 'big.txt', 'docs', 'small.txt'], {cwd: root})
    expect(status).toBe(0)
    const files = json(stdout)
    expect(files['big.txt']).toEqual([
      expect.objectContaining({ruleId: 'file-too-large', severity: 'warning', message: 'file of 3.3 KB is over the 2 KB limit (--max-file-size): skipped'})
    ])
    expect(files['docs/big.md']).toEqual([expect.objectContaining({ruleId: 'file-too-large', severity: 'info'})])
    expect(brief(files['small.txt'])).toEqual([{ruleId: 'loaded-label', severity: 'warning', line: 1, column: 5}])
  })

  it.each(['4KB', '4 kb', '0.01MB', '4096', '1GiB'])('accepts %j', async (size) => {
    const root = sized()
    const files = json((await slantInProcess(['-f', 'json', '--max-file-size', size, 'big.txt'], {cwd: root})).stdout)
    expect(files['big.txt'].map((message) => message.ruleId)).toContain('loaded-label')
  })

  it.each(['10XB', 'big', '1.5.5', '0', ''])('rejects %j with one line and exit code 2', async (size) => {
    const root = sized()
    const {stderr, status} = await slantInProcess(['--max-file-size', size, 'big.txt'], {cwd: root})
    expect(status).toBe(2)
    expect(stderr).toBe(`slant: --max-file-size: expected a size such as 10MB, 500KB or 1048576, got ${JSON.stringify(size)}\n`)
  })

  it('stops reading stdin at the limit', async () => {
    const {stdout, status} = await slantInProcess(['-f', 'json', '--max-file-size', '1KB', '--stdin-filename', 'piped.md'], {input: 'The despots met. '.repeat(1000)})
    expect(status).toBe(0)
    expect(json(stdout)['piped.md']).toEqual([expect.objectContaining({ruleId: 'file-too-large', severity: 'warning'})])
  })
})

describe('pathological markup', () => {
  const parseErrors = (text: string, format: 'markdown' | 'mdx' | 'html') =>
    lint(text, {format}).messages.filter((message) => message.ruleId === 'parse-error').map(({severity, line, column, message}) => ({severity, line, column, message}))

  it.each([
    ['20,000 nested block quotes', 'Intro.\n\n' + '>'.repeat(20000) + ' The despots met.', 'markdown', 3, 65],
    ['20,000 nested list markers', '- '.repeat(20000) + 'The despots met.', 'markdown', 1, 129],
    ['lists nested by indentation', Array.from({length: 2000}, (_, depth) => '  '.repeat(depth) + '- despots').join('\n'), 'markdown', 65, 129],
    ['a run of 20,000 emphasis markers', 'The ' + '*'.repeat(20000) + 'despots' + '*'.repeat(20000), 'markdown', 1, 5],
    ['20,000 open brackets', 'The ' + '['.repeat(20000) + 'despots', 'markdown', 1, 5],
    ['20,000 nested JSX elements', '<a>'.repeat(20000) + 'The despots met.', 'mdx', 1, 193],
    ['20,000 unclosed HTML elements', '<div>'.repeat(20000) + 'The despots met.', 'html', 1, 321]
  ] as const)('%s: a parse error with its position', (_, text, format, line, column) => {
    expect(parseErrors(text, format)).toEqual([{severity: 'error', line, column, message: expect.stringMatching(/(deep|run of more than).*the file was not linted$/)}])
  })

  it('unclosed HTML in moderation is linted', () => {
    const {messages} = lint('<div><p>The despots met <em>the tyrant', {format: 'html'})
    expect(messages.map((message) => message.actual)).toEqual(['despots', 'tyrant'])
  })

  it('broken MDX is reported where the parser stopped and read as Markdown', () => {
    const text = '# Visit\n\nThe despots met.\n\n<Chart data={\n\nThe tyrant left.\n'
    const {messages} = lint(text, {format: 'mdx'})
    expect(messages.map(({ruleId, severity, line, column}) => [ruleId, severity, line, column])).toEqual([
      ['loaded-label', 'warning', 3, 5],
      ['loaded-label', 'warning', 7, 5],
      ['parse-error', 'error', 8, 1]
    ])
    expect(messages[2].message).toMatch(/^not valid MDX \(Unexpected end of file in expression.*\); read as Markdown$/)
  })

  it('the CLI exits 1 on a parse error, with no stack trace', () => {
    const root = project({'deep.md': '>'.repeat(20000) + ' x'})
    const {stdout, stderr, status} = slant(['-f', 'compact', 'deep.md'], {cwd: root})
    expect({stderr, status}).toEqual({stderr: '', status: 1})
    expect(stdout).toBe('deep.md:1:65: error: block quotes or lists nest more than 64 levels deep here; the file was not linted [parse-error]\n')
  })
})

describe('strange Unicode', () => {
  const found = (text: string) => lint(text).messages.map((message) => [message.actual, textAt(text, message)])

  it.each([
    ['zero-width joiner', 'The tyr\u200dant left.', 'tyr\u200dant'],
    ['zero-width space', 'The tyr\u200bant left.', 'tyr\u200bant'],
    ['word joiner', 'The tyr\u2060ant left.', 'tyr\u2060ant'],
    ['soft hyphen', 'The tyr\u00adant left.', 'tyr\u00adant'],
    ['left-to-right mark', 'The tyr\u200eant left.', 'tyr\u200eant'],
    ['bidi override around the word', 'The \u202etyrant\u202c left.', 'tyrant']
  ])('a loaded word with a %s inside is found, range exact', (_, text, word) => {
    expect(found(text)).toEqual([[word, word]])
  })

  it('a decomposed accent matches like a composed one, and other marks make another word', () => {
    const pack = {id: 'house', entries: [{term: 'café', suggest: ['coffee shop']}]}
    const packs = [validateRulePack(pack, 'house.yml')]
    expect(lint('The cafe\u0301 opened.', {packs}).messages.map((message) => message.actual)).toEqual(['cafe\u0301'])
    expect(found('The ty\u0301rant left.')).toEqual([])
  })

  it('lone surrogates, astral characters and bidi isolates leave positions right', () => {
    const text = '\ud800 😀 \u2067عربي\u2069 👩‍👩‍👧 the despots\udfff met the tyrant.'
    expect(found(text)).toEqual([
      ['despots', 'despots'],
      ['tyrant', 'tyrant']
    ])
  })
})
