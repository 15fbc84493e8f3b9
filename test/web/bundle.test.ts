import {readFileSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {fixture, stories} from '../helpers.js'

const bundleFile = fileURLToPath(new URL('../../dist/web/slant.js', import.meta.url))

describe('the browser bundle, dist/web/slant.js', () => {
  it('imports nothing: no node: module, no Node built-in, no package', async () => {
    // Bundling the bundle again resolves every import it still has; a Node built-in would fail to resolve for the browser.
    const {metafile} = await build({entryPoints: [bundleFile], bundle: true, write: false, metafile: true, platform: 'browser', format: 'esm', logLevel: 'silent'})
    const inputs = Object.values(metafile.inputs)
    expect(inputs).toHaveLength(1)
    // `<runtime>` is esbuild's own helpers, added by this build.
    expect(inputs[0].imports.filter((imported) => imported.path !== '<runtime>')).toEqual([])
    // Nor a require() or dynamic import() of a module by name, which the build would leave as it is.
    expect(readFileSync(bundleFile, 'utf8').match(/\b(?:require|import)\s*\(\s*["'`][^"'`]+["'`]\s*\)|["'`]node:[a-z_/]+["'`]/)?.[0]).toBeUndefined()
  })

  it('exports lint, with slant’s packs compiled in, and finds what the package finds', async () => {
    const bundle = (await import(bundleFile)) as typeof import('../../src/index.js')
    for (const text of [fixture('harbour-summit.txt'), stories()]) {
      const inBundle = bundle.lint(text).messages
      expect(inBundle.length).toBeGreaterThan(10)
      expect(inBundle).toEqual(lint(text).messages)
    }
    const markdown = fixture('valley-dam-protest.md')
    expect(bundle.lint(markdown, {format: 'markdown'}).messages).toEqual(lint(markdown, {format: 'markdown'}).messages)
  })

  it('checks its options as lint() does', async () => {
    const bundle = (await import(bundleFile)) as typeof import('../../src/index.js')
    expect(() => bundle.lint('x', {rules: {'loaded-label': 'fatal' as 'error'}})).toThrow(/rules\.loaded-label: "fatal" is not a severity/)
  })

  // The judge's model is 3.8 MB; the package reads it from disk only when a configuration turns the judge on.
  it('leaves the judge’s model out, and says so in one line when the options turn the judge on', async () => {
    const bundle = (await import(bundleFile)) as typeof import('../../src/index.js')
    expect(readFileSync(bundleFile, 'utf8')).not.toContain('"heldOut"')
    expect(() => bundle.lint('x', {model: {enabled: true}})).toThrow(/^model: slant’s trained model is not part of this build \(the browser bundle leaves it out\); set model to off$/)
    expect(bundle.lint('The despots met.', {model: {enabled: false}}).messages).toHaveLength(1)
  })

  // The part-of-speech tagger's model (docs/tagger.md), which the senses of some entries need, is
  // data of its own size; the rest of the engine stays under 2 MB.
  it('stays under 2 MB besides the tagger’s model', () => {
    const model = statSync(fileURLToPath(new URL('../../dist/engine/tagger/model.json', import.meta.url))).size
    expect(statSync(bundleFile).size - model).toBeLessThan(2_000_000)
  })
})
