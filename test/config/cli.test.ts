import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {project, slantInProcess} from '../helpers.js'

const housePack = `id: house-style
title: House style
entries:
  - term: zorbly
    suggest: [proposed]
    note: Our readers do not know the word.
`

describe('slant CLI with configuration', () => {
  it('reports a house pack term under the pack id, with its suggestion in `expected`', async () => {
    const root = project({'.slantrc.yml': 'packs: [styles/house.yml]\n', 'styles/house.yml': housePack, 'news/draft.md': 'The zorbly budget passed.\n'})
    const {stdout, status} = await slantInProcess(['-f', 'json', 'news/draft.md'], {cwd: root})
    expect(status).toBe(0)
    expect(JSON.parse(stdout)[0].messages).toEqual([
      expect.objectContaining({line: 1, column: 5, severity: 'warning', ruleId: 'house-style', actual: 'zorbly', expected: ['proposed'], note: 'Our readers do not know the word.'})
    ])
  })

  it('--print-config shows the configuration, its packs and every rule’s severity', async () => {
    const root = project({
      'package.json': JSON.stringify({name: 'site', slant: {packs: ['house.yml'], rules: {puffery: 'off', 'house-style': 'error', 'her-him': 'info'}, allow: ['regime'], quotes: 'ignore'}}),
      'house.yml': housePack
    })
    const {stdout, status} = await slantInProcess(['--print-config', 'posts/a.md'], {cwd: root})
    expect(status).toBe(0)
    const printed = JSON.parse(stdout)
    expect(printed).toMatchObject({file: 'posts/a.md', configFile: 'package.json', packs: ['house.yml'], allow: ['regime'], quotes: 'ignore'})
    expect(printed.rules).toMatchObject({'loaded-label': 'warning', puffery: 'off', 'house-style': 'error', 'unused-disable': 'info', 'her-him': 'info'})
    expect(JSON.parse((await slantInProcess(['--no-config', '--print-config', 'posts/a.md'], {cwd: root})).stdout)).toMatchObject({configFile: null, packs: [], allow: []})
  })

  it('--init writes a starter .slantrc.yml that changes nothing, and never overwrites one', async () => {
    const root = project({})
    expect(await slantInProcess(['--init'], {cwd: root})).toMatchObject({status: 0, stdout: 'Wrote .slantrc.yml\n'})
    const starter = readFileSync(join(root, '.slantrc.yml'), 'utf8')
    expect(starter).toContain('never runs code')
    expect(starter).toMatch(/^# {2}loaded-label: warning +# Contentious labels$/m)
    const withStarter = JSON.parse((await slantInProcess(['--print-config', 'a.md'], {cwd: root})).stdout)
    const without = JSON.parse((await slantInProcess(['--no-config', '--print-config', 'a.md'], {cwd: root})).stdout)
    expect(withStarter).toEqual({...without, configFile: '.slantrc.yml'})
    expect(await slantInProcess(['--init'], {cwd: root})).toEqual({status: 2, stdout: '', stderr: 'slant: .slantrc.yml: already exists; slant --init never overwrites it\n'})
    expect(readFileSync(join(root, '.slantrc.yml'), 'utf8')).toBe(starter)
  })

  it('--init leaves a folder alone that another configuration file already configures', async () => {
    const root = project({'.slantrc.json': '{}'})
    expect(await slantInProcess(['--init'], {cwd: root})).toMatchObject({status: 2, stderr: 'slant: .slantrc.json: already configures slant in this folder; slant --init wrote nothing\n'})
  })

  it('stdin takes the configuration of the working folder, or of --stdin-filename’s folder', async () => {
    const root = project({'.slantrc.yml': 'rules:\n  loaded-label: off\n', 'desk/.slantrc.yml': 'rules:\n  loaded-label: error\n'})
    const severities = async (args: string[]) => JSON.parse((await slantInProcess(['-f', 'json', ...args], {cwd: root, input: 'The regime fell.\n'})).stdout)[0].messages.map((m: {severity: string}) => m.severity)
    expect(await severities([])).toEqual([])
    expect(await severities(['--stdin-filename', 'desk/draft.md'])).toEqual(['error'])
    expect(await severities(['--no-config'])).toEqual(['warning'])
    expect(await severities(['--config', 'desk/.slantrc.yml'])).toEqual(['error'])
  })
})
