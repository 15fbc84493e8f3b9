import {pathToFileURL} from 'node:url'
import {ruleDocsUrl} from '../engine/packs.js'
import type {RulePack, Severity} from '../engine/rule-pack.js'
import type {LintResult, SlantMessage} from '../lint.js'
import {fingerprints} from './finding-key.js'
import {resultPath, type ReportContext} from './report-context.js'

const schemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'
const informationUri = 'https://github.com/slant-lint/slant'

const levels: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'note'}

/**
 * A SARIF 2.1.0 log with one run: the rules come from the rule packs (plus the
 * retext-equality and retext-profanities rules that reported something), one
 * result per message, a fix per suggested wording.
 */
export function sarifReport(results: readonly LintResult[], context: ReportContext): string {
  const packs = context.packs()
  const rules = [...packs.map(packRule), ...pluginRules(results, packs)]
  const sarifResults = results.flatMap((result) => {
    const uri = encodeURI(resultPath(context, result))
    const hashes = fingerprints(result, resultPath(context, result))
    return result.messages.map((message, index) => sarifResult(message, uri, hashes[index]))
  })
  const log = {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'slant', version: context.version, semanticVersion: context.version, informationUri, rules}},
        columnKind: 'utf16CodeUnits',
        results: sarifResults
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function packRule(pack: RulePack) {
  const example = pack.entries[0]
  return {
    id: pack.id,
    name: pack.title,
    shortDescription: {text: pack.title},
    fullDescription: {text: pack.description || pack.title},
    helpUri: ruleHelpUri(pack),
    help: {text: [pack.description, pack.source && `Source: ${pack.source}`].filter(Boolean).join('\n\n') || pack.title},
    defaultConfiguration: {level: levels[pack.severity]},
    properties: {family: pack.family, tags: ['prose', pack.family], ...(example ? {example: example.term} : {})}
  }
}

// slant documents its own packs; a user's pack points at its source, else at its file.
function ruleHelpUri(pack: RulePack): string {
  return ruleDocsUrl(pack.id) ?? pack.source?.match(/https?:\/\/\S+/)?.[0] ?? pathToFileURL(pack.file).href
}

// The third-party rules are known only by the messages they give.
function pluginRules(results: readonly LintResult[], packs: readonly RulePack[]) {
  const known = new Set(packs.map((pack) => pack.id))
  const rules = new Map<string, SlantMessage>()
  for (const message of results.flatMap((result) => result.messages)) {
    if (!known.has(message.ruleId) && !rules.has(message.ruleId)) rules.set(message.ruleId, message)
  }
  return [...rules.values()].map((message) => ({
    id: message.ruleId,
    shortDescription: {text: `${message.source}: ${message.ruleId}`},
    fullDescription: {text: `Reported by ${message.source}, tuned by slant for news writing; for example: ${message.message}`},
    helpUri: message.url ?? `https://github.com/retextjs/${message.source}`,
    defaultConfiguration: {level: 'warning'},
    properties: {family: 'equality', tags: ['prose', 'equality']}
  }))
}

function sarifResult(message: SlantMessage, uri: string, fingerprint: string) {
  const region = {startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn}
  const artifactLocation = {uri, uriBaseId: '%SRCROOT%'}
  return {
    ruleId: message.ruleId,
    level: levels[message.severity],
    message: {text: [message.message, message.note].filter(Boolean).join('\n')},
    locations: [{physicalLocation: {artifactLocation, region}}],
    partialFingerprints: {'slantFinding/v1': fingerprint},
    ...(message.expected.length > 0
      ? {
          fixes: message.expected.map((replacement) => ({
            description: {text: `Replace “${message.actual}” with “${replacement}”`},
            artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: replacement}}]}]
          }))
        }
      : {})
  }
}
