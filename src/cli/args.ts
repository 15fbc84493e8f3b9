import {parseArgs} from 'node:util'
import {reportFormats, type ReportFormat} from '../report/format-report.js'
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
  help: boolean
  version: boolean
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
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

export function parseCliArguments(argv: string[]): CliArguments {
  let parsed
  try {
    parsed = parseArgs({args: argv, options: optionSpec, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see slant --help)`)
  }
  const {values, positionals} = parsed
  const format = (values.format ?? 'stylish') as ReportFormat
  if (!reportFormats.includes(format)) {
    throw new UsageError(`--format: unknown format ${JSON.stringify(values.format)}, expected one of ${reportFormats.join(', ')}`)
  }
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together')
  return {
    paths: positionals,
    format,
    stdinFilename: values['stdin-filename'],
    maxWarnings: values['max-warnings'] === undefined ? undefined : count('--max-warnings', values['max-warnings']),
    quiet: values.quiet ?? false,
    config: values.config,
    noConfig: values['no-config'] ?? false,
    printConfig: values['print-config'],
    init: values.init ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  }
}

function count(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag}: expected a whole number, got ${JSON.stringify(value)}`)
  return Number(value)
}

export const helpText = `Usage: slant [options] [file|dir|glob ...]

Lints English prose for loaded wording and unsupported claims.
Markdown (.md), MDX (.mdx), HTML (.html) and plain text (.txt) are read;
with no paths, stdin is read. Settings come from the nearest .slantrc,
.slantrc.json, .slantrc.yml, .slantrc.yaml or package.json "slant" field
above each file (see docs/configuration.md).

Options:
  -f, --format <name>        stylish (default), json or compact
      --stdin-filename <p>   name for stdin in reports; its extension picks the format
      --max-warnings <n>     exit 1 when there are more than n warnings
  -q, --quiet                report errors only
  -c, --config <file>        use this configuration file; none is searched for
      --no-config            use no configuration file
      --print-config <file>  show the configuration that applies to a file, as JSON
      --init                 write a starter .slantrc.yml in the current folder
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 clean, 1 errors or too many warnings, 2 usage, config or input error.
`
