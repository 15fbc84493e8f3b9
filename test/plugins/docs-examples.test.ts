import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const doc = readFileSync(join(root, 'docs/pipelines.md'), 'utf8')
// Each example: a js block, "prints", and the text block of what it prints.
const examples = [...doc.matchAll(/```js\n([^]*?)```\n\nprints\n\n```text\n([^]*?)```/g)].map((match) => ({code: match[1], output: match[2]}))
// Inside the package, so that `import … from 'slant'` finds the build (dist) by the package's own name.
const folder = mkdtempSync(join(root, '.docs-examples-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('docs/pipelines.md', () => {
  it('has an example for each pipeline', () => {
    expect(examples.length).toBe(7)
  })

  it.each(examples.map((example, index) => [index + 1, example] as const))('example %i prints what the page shows', (index, {code, output}) => {
    const file = join(folder, `example-${index}.mjs`)
    writeFileSync(file, code)
    expect(execFileSync(process.execPath, [file], {encoding: 'utf8'})).toBe(output)
  })
})
