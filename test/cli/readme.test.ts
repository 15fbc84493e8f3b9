import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {project, slantInProcess} from '../helpers.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const section = readme.slice(readme.indexOf('## What it says'), readme.indexOf('## Usage'))
const [, example, output] = /```markdown\n([^]*?)```[^]*?```\n([^]*?)```/.exec(section) ?? []

describe('the README', () => {
  it('shows the real output of slant on its example', async () => {
    const root = project({'example.md': example})
    expect((await slantInProcess(['example.md'], {cwd: root})).stdout).toBe(output)
  })
})
