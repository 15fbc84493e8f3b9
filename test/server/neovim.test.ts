import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {delimiter, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
import {describeWithProgram, fixturePath, project} from '../helpers.js'
import {serverBin} from './lsp-client.js'

const hasNeovim = spawnSync('nvim', ['--version']).status === 0
const init = fileURLToPath(new URL('neovim/init.lua', import.meta.url))
const editorConfig = fileURLToPath(new URL('../../editors/neovim/slant.lua', import.meta.url))

interface NeovimDiagnostic {
  line: number
  severity: number
  source: string
  code: string
  message: string
  text: string
}

describeWithProgram('Neovim (nvim)', hasNeovim, 'Neovim built-in LSP client', () => {
  it('shows a story’s findings with editors/neovim/slant.lua', () => {
    const folder = project({})
    const file = join(folder, 'harbour-summit.txt')
    copyFileSync(fixturePath('harbour-summit.txt'), file)
    const output = join(folder, 'diagnostics.json')
    // The editor setup runs `slant-language-server` from PATH, as after `npm install --global slant`.
    const bin = join(folder, 'bin')
    mkdirSync(bin)
    writeFileSync(join(bin, 'slant-language-server'), `#!/bin/sh\nexec "${process.execPath}" "${serverBin}" "$@"\n`, {mode: 0o755})
    const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init], {
      env: {...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, SLANT_EDITOR_CONFIG: editorConfig, SLANT_FILE: file, SLANT_OUTPUT: output},
      encoding: 'utf8',
      timeout: 90_000
    })
    expect(run.status, run.error?.message ?? run.stderr).toBe(0)
    const diagnostics = JSON.parse(readFileSync(output, 'utf8')) as NeovimDiagnostic[]
    const flagged = diagnostics.map((diagnostic) => diagnostic.text.toLowerCase())
    for (const word of ['despots', 'tyrant', 'autocrats', 'dictator', 'pariah', 'regime', 'mouthpiece', 'propagandist', 'hordes', 'adoring', 'rapturous', 'gaggle', "'sea brother'"]) {
      expect(flagged).toContain(word)
    }
    const despots = diagnostics.find((diagnostic) => diagnostic.text === 'despots')
    // Neovim counts columns in bytes, so the flagged text itself shows the range is right.
    expect(despots).toMatchObject({line: 10, severity: 2, source: 'slant', code: 'loaded-label'})
    expect(despots?.message).toContain('contentious label')
  })
})
