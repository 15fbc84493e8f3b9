// `npm run fuzz`: the properties of test/robustness on many random cases from one seed, printed
// first so that any failure can be replayed. The quick fixed-seed run of the same properties is in `npm test`.
import {spawnSync} from 'node:child_process'
import {randomInt} from 'node:crypto'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const usage = `usage: npm run fuzz -- [--runs N] [--seed S] [--only text,units,markdown,mdx,html,bytes,long,server,report]
  --runs  cases per property, and edits for the language server (default: SLANT_FUZZ_RUNS, else 2000)
  --seed  the seed to draw them from (default: SLANT_FUZZ_SEED, else a fresh one)
  --only  the properties to run, by name (default: SLANT_FUZZ_ONLY, else all)`

let flags
try {
  flags = parseArgs({options: {runs: {type: 'string'}, seed: {type: 'string'}, only: {type: 'string'}, help: {type: 'boolean'}}}).values
} catch (error) {
  console.error(`${error.message}\n${usage}`)
  process.exit(2)
}
if (flags.help) {
  console.log(usage)
  process.exit(0)
}

const runs = flags.runs ?? process.env.SLANT_FUZZ_RUNS ?? '2000'
const seed = flags.seed ?? process.env.SLANT_FUZZ_SEED ?? String(randomInt(2 ** 31))
const only = flags.only ?? process.env.SLANT_FUZZ_ONLY ?? ''
// fast-check's seeds are 32-bit integers.
if (!/^[1-9]\d*$/.test(runs) || !/^\d+$/.test(seed) || Number(seed) >= 2 ** 31) {
  console.error(`--runs must be a positive whole number and --seed a whole number below 2^31\n${usage}`)
  process.exit(2)
}

const settings = `--runs ${runs} --seed ${seed}${only ? ` --only ${only}` : ''}`
console.log(`fuzz: ${runs} cases per property, seed ${seed}; replay with npm run fuzz -- ${settings}`)
const root = fileURLToPath(new URL('../..', import.meta.url))
const files = ['properties', 'long-input', 'server-fuzz', 'output'].map((name) => `test/robustness/${name}.test.ts`)
const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter', 'verbose', '--testTimeout', '0', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: {...process.env, SLANT_FUZZ_RUNS: runs, SLANT_FUZZ_SEED: seed, SLANT_FUZZ_ONLY: only}
})
console.log(`fuzz: ${vitest.status === 0 ? 'passed' : 'failed'}: npm run fuzz -- ${settings}`)
process.exit(vitest.status ?? 1)
