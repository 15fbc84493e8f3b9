import {readFile} from 'node:fs/promises'
import {readdirSync, rmSync, writeFileSync} from 'node:fs'
import {relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, type Plugin} from 'esbuild'

// Run by `npm run build` after tsc: the CLI and its lint worker as bundles, written over the modules
// tsc compiled. Both threads loaded hundreds of modules at start-up; bundled, they no longer resolve
// and read them one by one (docs/performance.md).
const cliFolder = fileURLToPath(new URL('./', import.meta.url))
const distFolder = fileURLToPath(new URL('../', import.meta.url))

/**
 * Each of slant's modules keeps its own `import.meta.url` inside a bundle, so it finds the files
 * beside it (the packs, the models, package.json, the worker) where it found them unbundled.
 */
const ownUrls: Plugin = {
  name: 'slant-own-urls',
  setup(builder) {
    builder.onLoad({filter: /\.js$/}, async ({path}) => {
      if (!path.startsWith(distFolder)) return undefined
      const url = `new URL(${JSON.stringify(relative(cliFolder, path))}, import.meta.url).href`
      return {contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', url), loader: 'js'}
    })
  }
}

// Code both entries use goes into shared chunks, which the CLI loads only when it lints in its
// own thread: its start then reads the argument and report code, not the engine. A build's chunks
// replace the last build's.
for (const stale of readdirSync(cliFolder).filter((name) => name.startsWith('bundled-'))) rmSync(cliFolder + stale)
const result = await build({
  entryPoints: ['main.js', 'lint-worker.js'].map((entry) => cliFolder + entry),
  outdir: cliFolder,
  allowOverwrite: true,
  chunkNames: 'bundled-[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages' ES module builds: jsonc-parser's CommonJS one loads its parts by a require esbuild cannot follow.
  mainFields: ['module', 'main'],
  write: false,
  legalComments: 'none',
  // Bundled CommonJS packages call `require` for Node's own modules.
  banner: {js: "import {createRequire as slantCreateRequire} from 'node:module'; const require = slantCreateRequire(import.meta.url);"},
  plugins: [ownUrls]
})
for (const output of result.outputFiles) writeFileSync(output.path, output.text)
