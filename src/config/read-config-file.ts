import {readFileSync} from 'node:fs'
import {basename, extname} from 'node:path'
import {parse as parseJsonc, ParseErrorCode, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {LineIndex} from '../engine/line-index.js'
import {loadYaml} from '../engine/load-yaml.js'
import {ConfigError} from './config-error.js'
import {isMapping} from './config-options.js'
import {fileSignature} from './file-signature.js'

/** The settings a configuration file holds, before they are checked. */
export interface ConfigData {
  /** The parsed settings: a mapping if the file is well formed. */
  settings: unknown
  /** Where the settings sit in the file: `slant.` in package.json, else nothing. */
  keyPrefix: string
}

// Configuration is data: a file that would have to run to be read is refused.
const codeExtensions = new Set(['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts', '.jsx', '.tsx'])
const packageManifest = 'package.json'
const packageField = 'slant'

const cache = new Map<string, {signature: string; data: ConfigData | undefined}>()

/**
 * The settings in a configuration file: YAML (`.slantrc`, `.yml`, `.yaml`),
 * JSON (`.json`), or the `slant` field of a package.json, which is
 * `undefined` when the manifest has none. Readings are kept while the file is
 * unchanged.
 */
export function readConfigData(file: string): ConfigData | undefined {
  const signature = fileSignature(file)
  const cached = cache.get(file)
  if (cached?.signature === signature) return cached.data
  const data = parseConfigFile(file)
  cache.set(file, {signature, data})
  return data
}

function parseConfigFile(file: string): ConfigData | undefined {
  const extension = extname(file).toLowerCase()
  if (codeExtensions.has(extension)) {
    throw new ConfigError(file, `configuration files are data, and slant never runs code from one: use .slantrc.yml or .slantrc.json instead of a ${extension} file`)
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    throw new ConfigError(file, `cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`)
  }
  if (basename(file) === packageManifest) {
    const manifest = parseJson(file, text)
    const settings = isMapping(manifest) ? manifest[packageField] : undefined
    return settings === undefined ? undefined : {settings, keyPrefix: `${packageField}.`}
  }
  return {settings: extension === '.json' ? parseJson(file, text) : parseYaml(file, text), keyPrefix: ''}
}

function parseJson(file: string, text: string): unknown {
  const errors: ParseError[] = []
  const value = parseJsonc(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false})
  if (errors.length === 0) return value
  const [{error, offset}] = errors
  const {line, column} = new LineIndex(text).point(offset)
  // jsonc-parser names its errors in PascalCase: "CommaExpected" reads "comma expected".
  const reason =
    error === ParseErrorCode.InvalidCommentToken
      ? 'comments are not allowed in JSON (YAML allows them)'
      : printParseErrorCode(error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase()
  throw new ConfigError(`${file}:${line}:${column}`, `invalid JSON: ${reason}`)
}

// Unknown tags and other warnings count as errors: a value is plain data or the file is wrong.
function parseYaml(file: string, text: string): unknown {
  const document = loadYaml().parseDocument(text)
  const problem = document.errors[0] ?? document.warnings[0]
  if (problem) {
    const [start] = problem.linePos ?? [{line: 1, col: 1}]
    const reason = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(`${file}:${start.line}:${start.col}`, `invalid YAML: ${reason}`)
  }
  try {
    return document.toJS()
  } catch (error) {
    // Aliases that expand without bound ("billion laughs") stop here.
    throw new ConfigError(file, `invalid YAML: ${(error as Error).message}`)
  }
}
