import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const doc = readFileSync(join(root, 'docs/pipelines.md'), 'utf8')
// Each example: a js block, "prints", and the text block of what it prints.
const examples = [...doc.matchAll(/```js\n([^]*?)```\n\nprints\n\n```text\n([^]*?)```/g)].map((match) => ({code: match[1], output: match[2]}))
// Inside the package, so that `import … from 'slant'` finds the build (dist) by the package's own name.
const folder = mkdtempSync(join(root, '.docs-examples-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

// One node process runs the examples in turn, so slant loads once; each example's console.log
// lines are kept apart.
const runner = `
import {format} from 'node:util'
const printed = []
for (const file of process.argv.slice(2)) {
  let lines = ''
  console.log = (...values) => (lines += format(...values) + '\\n')
  await import(file)
  printed.push(lines)
}
process.stdout.write(JSON.stringify(printed))
`

describe('docs/pipelines.md', () => {
  let printed: string[]
  beforeAll(() => {
    const files = examples.map(({code}, index) => {
      const file = join(folder, `example-${index + 1}.mjs`)
      writeFileSync(file, code)
      return file
    })
    writeFileSync(join(folder, 'run-examples.mjs'), runner)
    printed = JSON.parse(execFileSync(process.execPath, [join(folder, 'run-examples.mjs'), ...files], {encoding: 'utf8'})) as string[]
  })

  it('has an example for each pipeline', () => {
    expect(examples.length).toBe(7)
  })

  it.each(examples.map((example, index) => [index + 1, example] as const))('example %i prints what the page shows', (index, {output}) => {
    expect(printed[index - 1]).toBe(output)
  })
})
