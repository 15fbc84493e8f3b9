import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {nearest} from '../config/nearest.js'
import {reportFormats, type ReportFormat} from '../report/format-report.js'
import {defaultCacheLocation} from './lint-cache.js'
import {parseShard, type Shard} from './shard.js'
import {UsageError} from './usage-error.js'

export interface CliArguments {
  paths: string[]
  format: ReportFormat
  stdinFilename?: string
  maxWarnings?: number
  quiet: boolean
  config?: string
  noConfig: boolean
  printConfig?: string
  init: boolean
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number
  help: boolean
  version: boolean
  // Runs in CI
  changedSince?: string
  baseline?: string
  writeBaseline?: string
  maxDensity?: number
  /** Where the cache lives; no cache when undefined. */
  cacheLocation?: string
  shard?: Shard
  jobs: number
}

const optionSpec = {
  format: {type: 'string', short: 'f'},
  'stdin-filename': {type: 'string'},
  'max-warnings': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  'print-config': {type: 'string'},
  init: {type: 'boolean'},
  'max-file-size': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  'changed-since': {type: 'string'},
  baseline: {type: 'string'},
  'write-baseline': {type: 'string'},
  'max-density': {type: 'string'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
  shard: {type: 'string'},
  jobs: {type: 'string', short: 'j'}
} as const

type OptionValues = {[name in keyof typeof optionSpec]?: (typeof optionSpec)[name]['type'] extends 'string' ? string : boolean}

export function parseCliArguments(argv: string[]): CliArguments {
  // Not strict: parseArgs's strict mode quotes its messages unevenly and refuses "--max-warnings -1"; checkOption checks instead.
  const parsed = parseArgs({args: argv, options: optionSpec, allowPositionals: true, strict: false, tokens: true})
  for (const token of parsed.tokens) if (token.kind === 'option') checkOption(token)
  const values = parsed.values as OptionValues
  const format = (values.format ?? 'stylish') as ReportFormat
  if (!reportFormats.includes(format)) {
    throw new UsageError(`--format: unknown format ${JSON.stringify(values.format)}, expected one of ${reportFormats.join(', ')}`)
  }
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together')
  return {
    paths: parsed.positionals,
    format,
    stdinFilename: values['stdin-filename'],
    maxWarnings: values['max-warnings'] === undefined ? undefined : warningLimit(values['max-warnings']),
    quiet: values.quiet ?? false,
    config: values.config,
    noConfig: values['no-config'] ?? false,
    printConfig: values['print-config'],
    init: values.init ?? false,
    maxFileSize: values['max-file-size'] === undefined ? defaultMaxFileSize : byteSize('--max-file-size', values['max-file-size']),
    help: values.help ?? false,
    version: values.version ?? false,
    changedSince: values['changed-since'],
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    maxDensity: values['max-density'] === undefined ? undefined : rate('--max-density', values['max-density']),
    cacheLocation: values['cache-location'] ?? (values.cache ? defaultCacheLocation : undefined),
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    jobs: values.jobs === undefined ? defaultJobs() : count('--jobs', values.jobs, {minimum: 1, expected: 'a number of threads, 1 or more'})
  }
}

/** An option as parseArgs's tokens give it. */
interface OptionToken {
  name: string
  rawName: string
  value?: string
  inlineValue?: boolean
}

function checkOption(token: OptionToken) {
  const spec = Object.hasOwn(optionSpec, token.name) ? optionSpec[token.name as keyof typeof optionSpec] : undefined
  if (!spec) {
    const guess = token.rawName.startsWith('--') ? nearest(token.name, Object.keys(optionSpec)) : undefined
    throw new UsageError(`unknown option ${token.rawName} (${guess ? `did you mean --${guess}?` : 'see slant --help'})`)
  }
  if (spec.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value (see slant --help)`)
  // The next argument is taken as the value unless it is another option; "-1" is a value.
  if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && /^-[^\d]/.test(token.value)))) {
    throw new UsageError(`${token.rawName} needs a value (see slant --help)`)
  }
}

function rate(flag: string, value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UsageError(`${flag}: expected a number, got ${JSON.stringify(value)}`)
  return Number(value)
}

/**
 * Half the cores, as ESLint's `--concurrency auto` takes: a worker's start (the engine, its
 * packs, V8 warming up) and V8's own background threads share the cores, so on two cores one
 * thread lints 71 Brown files in 1.2–1.3 s and two workers take 1.7 s (docs/performance.md).
 */
const defaultJobs = () => Math.max(1, availableParallelism() >> 1)

function count(flag: string, value: string, {minimum = 0, expected = 'a whole number'} = {}): number {
  if (!/^\d+$/.test(value) || Number(value) < minimum) throw new UsageError(`${flag}: expected ${expected}, got ${JSON.stringify(value)}`)
  return Number(value)
}

// -1 sets no limit, as in other linters, so a script can always pass the flag.
function warningLimit(value: string): number | undefined {
  return value === '-1' ? undefined : count('--max-warnings', value, {expected: 'a whole number, or -1 for no limit'})
}

const defaultMaxFileSize = 10 * 1024 ** 2
const sizeUnits: Record<string, number> = {'': 1, b: 1, kb: 1024, kib: 1024, mb: 1024 ** 2, mib: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3}

/** "10MB", "500 KB", "1.5mb" or a number of bytes; units are powers of 1,024. */
function byteSize(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim())
  const unit = match ? sizeUnits[match[2].toLowerCase()] : undefined
  if (!match || unit === undefined || Number(match[1]) === 0) {
    throw new UsageError(`${flag}: expected a size such as 10MB, 500KB or 1048576, got ${JSON.stringify(value)}`)
  }
  return Math.floor(Number(match[1]) * unit)
}

export const helpText = `Usage: slant [options] [file|dir|glob ...]

Lints English prose for loaded wording and unsupported claims.
Markdown (.md), MDX (.mdx), HTML (.html) and plain text (.txt) are read;
with no paths, piped stdin is read (- reads stdin in any case). Settings
come from the nearest .slantrc, .slantrc.json, .slantrc.yml, .slantrc.yaml
or package.json "slant" field above each file (see docs/configuration.md
in slant's package).

Options:
  -f, --format <name>        stylish (default), json, compact, sarif, github
                             (workflow annotations), gitlab (code quality) or html
      --stdin-filename <p>   name for stdin in reports; its extension picks the format
      --max-warnings <n>     exit 1 when there are more than n warnings (-1: no limit)
  -q, --quiet                report errors only
  -c, --config <file>        use this configuration file; none is searched for
      --no-config            use no configuration file
      --print-config <file>  show the configuration that applies to a file, as JSON
      --init                 write a starter .slantrc.yml in the current folder
      --max-file-size <size> skip larger files, such as 10MB (default) or 500KB

In CI:
      --changed-since <ref>  report only lines added or changed since the branch left ref
      --baseline <file>      report only findings not recorded in the baseline
      --write-baseline <f>   record the current findings as the baseline and exit 0
      --max-density <n>      exit 1 when a file has more than n warnings per 1,000 words
      --cache                skip files unchanged since the last run (in .slantcache)
      --cache-location <p>   where the cache lives (implies --cache)
      --shard <i/n>          lint share i of n, for a CI matrix
  -j, --jobs <n>             threads to lint on (default: one per two cores)

  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 clean, 1 errors or a limit exceeded, 2 usage, config or input error.
`
