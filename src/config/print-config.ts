import {packsFor} from '../engine/packs.js'
import {displayPath} from './config-error.js'
import {unusedDisableRule, unusedDisableSeverity} from './inline-directives.js'
import type {ResolvedConfig} from './resolve-config.js'

/**
 * The configuration that applies to a file, as JSON: the configuration file,
 * its packs, the severity of every rule, and the other settings it makes.
 * Settings it leaves out are at their defaults.
 */
export function printConfig(file: string, resolved: ResolvedConfig): string {
  const {options} = resolved
  // The defaults, then the configuration's settings, which may add retext-equality's and retext-profanities' rule ids.
  const rules = {...Object.fromEntries(packsFor(options).map((pack) => [pack.id, pack.severity])), [unusedDisableRule]: unusedDisableSeverity(options), ...options.rules}
  const effective = {
    file: displayPath(file),
    configFile: resolved.configFile ? displayPath(resolved.configFile) : null,
    packs: resolved.packFiles.map(displayPath),
    rules,
    allow: options.allow ?? [],
    quotes: options.quotes,
    equality: options.equality,
    profanity: options.profanity,
    model: options.model
  }
  return JSON.stringify(effective, null, 2) + '\n'
}
