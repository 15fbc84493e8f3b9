import {readFile} from 'node:fs/promises'
import {readdirSync, rmSync, writeFileSync} from 'node:fs'
import {relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, type Plugin} from 'esbuild'

// Run by `npm run build` after tsc: the CLI with its lint worker, and the language server, as
// bundles written over the modules tsc compiled. Each loaded hundreds of modules at start-up;
// bundled, they no longer resolve and read them one by one (docs/performance.md).
const distFolder = fileURLToPath(new URL('./', import.meta.url))

/**
 * Each of slant's modules keeps its own `import.meta.url` inside a bundle written to `outFolder`, so
 * it finds the files beside it (the packs, the models, package.json, the worker) where it found them unbundled.
 */
const ownUrls = (outFolder: string): Plugin => ({
  name: 'slant-own-urls',
  setup(builder) {
    builder.onLoad({filter: /\.js$/}, async ({path}) => {
      if (!path.startsWith(distFolder)) return undefined
      const url = `new URL(${JSON.stringify(relative(outFolder, path))}, import.meta.url).href`
      return {contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', url), loader: 'js'}
    })
  }
})

/** vfile-reporter measures the stylish report's cells with slant's `cellWidth`, which gives string-width's widths faster. */
const reportCellWidth: Plugin = {
  name: 'slant-report-cell-width',
  setup(builder) {
    builder.onResolve({filter: /^string-width$/}, ({importer}) => (importer.includes('/node_modules/vfile-reporter/') ? {path: distFolder + 'report/cell-width.js'} : undefined))
  }
}

/**
 * Bundle a program's entries in `folder` of dist/. What they import on demand, and what two entries
 * share, goes into chunks beside them: the CLI's start reads the argument and report code, not the
 * engine, which its lint worker shares. A build's chunks replace the last build's.
 */
async function bundleProgram(folder: string, entries: string[]) {
  const outFolder = distFolder + folder + '/'
  for (const stale of readdirSync(outFolder).filter((name) => name.startsWith('bundled-'))) rmSync(outFolder + stale)
  const result = await build({
    entryPoints: entries.map((entry) => outFolder + entry),
    outdir: outFolder,
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
    plugins: [ownUrls(outFolder), reportCellWidth]
  })
  for (const output of result.outputFiles) writeFileSync(output.path, output.text)
}

await bundleProgram('cli', ['main.js', 'lint-worker.js'])
await bundleProgram('server', ['main.js'])
