// The package's Node entry: slant's own packs are read from rules/ (the browser bundle compiles them in).
import './engine/packs.js'
import {retextSlant} from './pipeline.js'

export default retextSlant
export {lint, type LintOptions, type LintResult, type LintStats, type SlantMessage} from './lint.js'
export {retextSlant, slant, slantPreset} from './pipeline.js'
export {remarkSlant} from './plugins/remark-slant.js'
export {rehypeSlant} from './plugins/rehype-slant.js'
export type {SlantOptions, QuoteTreatment, EqualityOptions, ProfanityOptions} from './options.js'
export {readRulePack} from './engine/read-rule-pack.js'
export {validateRulePack, RulePackError, type RulePack, type RuleEntry, type Severity} from './engine/rule-pack.js'
export type {Format} from './source/format.js'
export {resolveConfig, ConfigError, type ResolvedConfig, type ConfigFlags} from './config/resolve-config.js'
