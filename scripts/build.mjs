// Builds dist/ from src/ and rules/: `npm run build`. With --if-changed (`prepare`, `npm test`) it
// first compares digests of what the build reads and of dist/ itself with those the last build
// left in dist/, and does nothing when both match: a dist/ touched since (by a `tsc` run alone,
// say) is built again. An install from git (pre-commit's) runs `prepare` twice, once for
// `npm install` and once for `npm pack`: the second then costs a digest, not a build.
// It writes nothing to stdout: pre-commit reads the tarball's name from `npm pack`'s.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const digestFile = join(root, 'dist/.build-digest')
const inputs = ['src', 'rules', 'tsconfig.json', 'package.json', 'package-lock.json', 'scripts/build.mjs']

/** A digest of the files at these paths (folders read through), relative to the root. */
function digestOf(paths) {
  const hash = createHash('sha256')
  for (const path of paths) {
    const full = join(root, path)
    if (!existsSync(full)) continue
    const files = statSync(full).isDirectory() ? readdirSync(full, {recursive: true}).map((file) => join(path, file)).sort() : [path]
    for (const file of files) {
      if (file !== 'dist/.build-digest' && statSync(join(root, file)).isFile()) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0')
    }
  }
  return hash.digest('hex')
}

function node(args) {
  const result = spawnSync(process.execPath, args, {cwd: root, stdio: ['ignore', 2, 2]})
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const digests = () => `${digestOf(inputs)} ${digestOf(['dist'])}`
if (process.argv.includes('--if-changed') && existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digests()) process.exit(0)

node([createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'])
for (const bin of ['dist/cli/main.js', 'dist/server/main.js']) chmodSync(join(root, bin), 0o755)
copyFileSync(join(root, 'src/model/judge-model.json'), join(root, 'dist/model/judge-model.json'))
node(['--input-type=module', '-e', "(await import('./dist/engine/packs.js')).writeParsedPacks()"])
node(['dist/web/build-web.js'])
node(['dist/bundle-programs.js'])
writeFileSync(digestFile, digests())
