#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {ConfigError} from '../config/config-error.js'
import {printConfig} from '../config/print-config.js'
import {resolveConfig, type ConfigFlags} from '../config/resolve-config.js'
import {writeStarterConfig} from '../config/starter-config.js'
import {RulePackError} from '../engine/rule-pack.js'
import {lint, type LintResult} from '../lint.js'
import {formatReport} from '../report/format-report.js'
import {helpText, parseCliArguments, type CliArguments} from './args.js'
import {findFiles} from './files.js'
import {UsageError} from './usage-error.js'

interface Input {
  path?: string
  text: string
}

export async function run(argv: string[], cwd = process.cwd()): Promise<{output: string; exitCode: number}> {
  const args = parseCliArguments(argv)
  if (args.help) return {output: helpText, exitCode: 0}
  if (args.version) return {output: version() + '\n', exitCode: 0}
  if (args.init) return {output: `Wrote ${relative(cwd, writeStarterConfig(cwd))}\n`, exitCode: 0}
  const config: ConfigFlags = {configFile: args.config && resolve(cwd, args.config), noConfig: args.noConfig}
  if (args.printConfig !== undefined) {
    const file = resolve(cwd, args.printConfig)
    return {output: printConfig(file, resolveConfig(file, config)), exitCode: 0}
  }
  const inputs = args.paths.length === 0 ? [await readStdin(args)] : await readFiles(args.paths, cwd)
  // Stdin takes the configuration of the working folder, or of --stdin-filename's folder.
  const results = inputs.map((input) => lint(input.text, {...resolveConfig(resolve(cwd, input.path ?? 'stdin'), config).options, path: input.path}))
  if (args.quiet) for (const result of results) keepErrorsOnly(result)
  return {output: formatReport(args.format, results), exitCode: exitCodeFor(results, args)}
}

function exitCodeFor(results: LintResult[], args: CliArguments): number {
  const messages = results.flatMap((result) => result.messages)
  if (messages.some((message) => message.severity === 'error')) return 1
  const warnings = messages.filter((message) => message.severity === 'warning').length
  return args.maxWarnings !== undefined && warnings > args.maxWarnings ? 1 : 0
}

function keepErrorsOnly(result: LintResult) {
  result.messages = result.messages.filter((message) => message.severity === 'error')
  result.file.messages = result.file.messages.filter((message) => message.fatal === true)
}

async function readFiles(paths: string[], cwd: string): Promise<Input[]> {
  const files = await findFiles(paths, cwd)
  return files.map((file) => {
    const path = relative(cwd, file) || file
    try {
      return {path, text: readFileSync(file, 'utf8')}
    } catch (error) {
      throw new UsageError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`)
    }
  })
}

async function readStdin(args: CliArguments): Promise<Input> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return {path: args.stdinFilename, text: Buffer.concat(chunks).toString('utf8')}
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

// Known mistakes get one line on stderr and exit code 2; anything else is a bug and keeps its stack.
async function main() {
  try {
    const {output, exitCode} = await run(process.argv.slice(2))
    process.stdout.write(output)
    process.exitCode = exitCode
  } catch (error) {
    if (error instanceof UsageError || error instanceof RulePackError || error instanceof ConfigError) {
      process.stderr.write(`slant: ${error.message}\n`)
      process.exitCode = 2
    } else throw error
  }
}

await main()
