import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build, type BuildOptions, type Plugin} from 'esbuild'
import {parsedPacksFile} from '../engine/packs.js'
import {pageHtml} from './page-html.js'

// Run by `npm run build` after tsc: bundles the compiled modules beside this one for the browser.
const webFolder = fileURLToPath(new URL('./', import.meta.url))

/**
 * What the browser cannot read from disk, given at build time: slant's packs as parsed by
 * `writeParsedPacks`, and retext-equality's patterns, which its package does not export.
 */
const compiledIn: Plugin = {
  name: 'slant-compiled-in',
  setup(builder) {
    builder.onResolve({filter: /^slant:builtin-packs$/}, () => ({path: parsedPacksFile, namespace: 'slant-packs'}))
    builder.onLoad({filter: /.*/, namespace: 'slant-packs'}, ({path}) => {
      const {packs} = JSON.parse(readFileSync(path, 'utf8')) as {packs: Record<string, unknown>}
      return {contents: JSON.stringify(Object.fromEntries(Object.entries(packs).map(([name, pack]) => [`rules/${name}`, pack]))), loader: 'json'}
    })
    builder.onResolve({filter: /\/equality-patterns\.js$/}, () => ({path: 'equality-patterns', namespace: 'slant-equality'}))
    builder.onLoad({filter: /.*/, namespace: 'slant-equality'}, () => ({
      contents: `export {patterns as equalityPatterns} from ${JSON.stringify(fileURLToPath(new URL('patterns-en.js', import.meta.resolve('retext-equality'))))}`,
      resolveDir: webFolder
    }))
  }
}

// `worker`: the engine runs in a web worker, where packages must not reach for `document`.
const shared: BuildOptions = {bundle: true, minify: true, platform: 'browser', conditions: ['worker'], target: 'es2022', legalComments: 'none', plugins: [compiledIn]}

/** The one file a build writes, as text. */
async function bundled(options: BuildOptions): Promise<string> {
  const result = await build({...shared, ...options, write: false})
  return result.outputFiles[0].text
}

/** The engine as one ES module exporting `lint`, for a page or an app of one's own. */
writeFileSync(webFolder + 'slant.js', await bundled({entryPoints: [webFolder + 'slant-browser.js'], format: 'esm'}))

/** The editor's page: one file, its script inline, so it opens from disk with no server. */
writeFileSync(webFolder + 'index.html', pageHtml(await bundled({entryPoints: [webFolder + 'page.js'], format: 'iife'})))
