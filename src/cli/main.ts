#!/usr/bin/env node
import {existsSync, readFileSync, realpathSync, statSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import type {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {ConfigError} from '../config/config-error.js'
import {printConfig} from '../config/print-config.js'
import {resolveConfig, type ConfigFlags} from '../config/resolve-config.js'
import {writeStarterConfig} from '../config/starter-config.js'
import {packsFor} from '../engine/packs.js'
import {RulePackError} from '../engine/rule-pack.js'
import type {SlantOptions} from '../options.js'
import {formatReport} from '../report/format-report.js'
import type {ReportContext} from '../report/report-context.js'
import {helpText, parseCliArguments, type CliArguments} from './args.js'
import {keepNewFindings, writeBaseline} from './baseline.js'
import {keepChangedLines} from './changed-since.js'
import {findFiles, namedFiles} from './files.js'
import {gitTopLevel} from './git.js'
import {keepMessages} from './keep-messages.js'
import {LintCache} from './lint-cache.js'
import {lintInputs, type LintInput} from './lint-inputs.js'
import {decodeInput, inInputOrder, tooLarge, type Discovery, type InputText} from './read-input.js'
import {filesInShard} from './shard.js'
import {isSlantOutput} from './slant-output.js'
import {toneGates} from './tone-gates.js'
import {UsageError} from './usage-error.js'
import {slantVersion} from './version.js'

interface Input {
  path?: string
  content: InputText
}

/** What one run reads and writes besides files: the process's own streams, or a caller's. */
export interface CliStreams {
  stdin: Readable & {isTTY?: boolean}
  stdout: {write(text: string): unknown}
  stderr: {write(text: string): unknown}
}

export async function run(argv: string[], stdin: CliStreams['stdin'], cwd = process.cwd()): Promise<{output: string; exitCode: number; notes?: string[]}> {
  const args = parseCliArguments(argv)
  if (args.help) return {output: helpText, exitCode: 0}
  if (args.version) return {output: slantVersion() + '\n', exitCode: 0}
  if (args.init) return {output: `Wrote ${relative(cwd, writeStarterConfig(cwd))}\n`, exitCode: 0}
  const config: ConfigFlags = {configFile: args.config && resolve(cwd, args.config), noConfig: args.noConfig}
  if (args.printConfig !== undefined) {
    const file = resolve(cwd, args.printConfig)
    return {output: printConfig(file, resolveConfig(file, config)), exitCode: 0}
  }
  // No path, or the conventional "-", means stdin. No path at a terminal is more likely a question than a draft to type.
  if (args.paths.length === 0 && stdin.isTTY) throw new UsageError('no files to lint: name files, folders or globs, or pipe text in (see slant --help)')
  const fromStdin = args.paths.length === 0 || (args.paths.length === 1 && args.paths[0] === '-')
  const {inputs, problems} = fromStdin ? {inputs: [await readStdin(args, stdin)], problems: []} : await readFiles(args, cwd)
  const texts = inputs.flatMap(({path, content}) => (content.kind === 'text' ? [{path, text: content.text}] : []))
  // Stdin takes the configuration of the working folder, or of --stdin-filename's folder.
  const lintJobs: LintInput[] = texts.map((input) => ({...input, options: resolveConfig(resolve(cwd, input.path ?? 'stdin'), config).options}))
  const cache = args.cacheLocation === undefined ? undefined : LintCache.open(args.cacheLocation, slantVersion())
  const results = inInputOrder(inputs, await lintInputs(lintJobs, {jobs: args.jobs, cache}))
  if (args.quiet) for (const result of results) keepMessages(result, (message) => message.severity === 'error')
  const context = reportContext(cwd, lintJobs.map((job) => job.options))
  if (args.writeBaseline !== undefined) {
    // A baseline missing a path's findings would let them in later as if they were accepted.
    if (problems.length > 0) return {output: '', exitCode: 2, notes: [...problems, `no baseline written to ${args.writeBaseline}: every path must be read`]}
    const recorded = writeBaseline(args.writeBaseline, results, context)
    return {output: `Recorded ${recorded} findings in ${args.writeBaseline}.\n`, exitCode: 0}
  }
  if (args.changedSince !== undefined) keepChangedLines(results, args.changedSince, cwd)
  if (args.baseline !== undefined) keepNewFindings(args.baseline, results, context)
  const {exitCode, failures} = toneGates(results, args)
  return {output: await formatReport(args.format, results, context), exitCode: problems.length > 0 ? 2 : exitCode, notes: [...problems, ...failures]}
}

function reportContext(cwd: string, options: SlantOptions[]): ReportContext {
  const packs = () => [...new Map(options.flatMap(packsFor).map((pack) => [pack.id, pack])).values()]
  return {cwd, root: gitTopLevel(cwd) ?? cwd, version: slantVersion(), packs}
}

/**
 * Files are read as bytes and classified (binary, too large, not UTF-8) before
 * linting; reports and baselines slant wrote are passed over unless named. A
 * path that cannot be read is a problem; the others are still linted.
 */
async function readFiles(args: CliArguments, cwd: string): Promise<{inputs: Input[]; problems: string[]}> {
  const {files: found, problems} = await findFiles(args.paths, cwd)
  const files = args.shard ? filesInShard(found, args.shard, cwd) : found
  const named = namedFiles(args.paths, cwd)
  const inputs = files.flatMap((file): Input[] => {
    const path = relative(cwd, file) || file
    const discovery: Discovery = named.has(file) ? 'named' : 'found'
    try {
      const size = statSync(file).size
      if (size > args.maxFileSize) return [{path, content: {kind: 'skipped', result: tooLarge(path, size, args.maxFileSize, discovery)}}]
      const bytes = readFileSync(file)
      if (discovery === 'found' && isSlantOutput(bytes)) return []
      return [{path, content: decodeInput(bytes, path, discovery)}]
    } catch (error) {
      problems.push(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`)
      return []
    }
  })
  return {inputs, problems}
}

// Reading stops at the size limit, so a runaway pipe cannot fill memory.
async function readStdin(args: CliArguments, stdin: Readable): Promise<Input> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stdin) {
    size += (chunk as Buffer).length
    if (size > args.maxFileSize) {
      stdin.destroy()
      return {path: args.stdinFilename, content: {kind: 'skipped', result: tooLarge(args.stdinFilename, 'stdin', args.maxFileSize, 'named')}}
    }
    chunks.push(chunk as Buffer)
  }
  return {path: args.stdinFilename, content: decodeInput(Buffer.concat(chunks), args.stdinFilename, 'named')}
}

/**
 * One run of slant on these arguments and streams, in the working folder: its exit code. Known
 * mistakes get one line on stderr and exit code 2; anything else is a bug and keeps its stack.
 */
export async function cli(argv: string[], {stdin, stdout, stderr}: CliStreams): Promise<number> {
  try {
    const {output, exitCode, notes = []} = await run(argv, stdin)
    stdout.write(output)
    for (const note of notes) stderr.write(`slant: ${note}\n`)
    return exitCode
  } catch (error) {
    if (error instanceof UsageError || error instanceof RulePackError || error instanceof ConfigError) {
      stderr.write(`slant: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

async function main() {
  // A reader that stops early (`slant … | head`) has all it wants: end quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
  process.exitCode = await cli(process.argv.slice(2), process)
}

// Node runs this file as the program, by its path (".js" may be left off) or through the bin link; the tests import it to call cli().
const program = process.argv[1]
const thisFile = realpathSync(fileURLToPath(import.meta.url))
if (program !== undefined && [program, `${program}.js`].some((path) => existsSync(path) && realpathSync(path) === thisFile)) await main()
