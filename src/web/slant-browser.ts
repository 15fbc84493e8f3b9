import {provideBuiltinPacks} from '../engine/builtin-packs.js'
import taggerModel from '../engine/tagger/model.json' with {type: 'json'}
import {provideTaggerModel} from '../engine/tagger/tagger.js'
// Resolved by the build (build-web.ts) to slant's own packs, parsed from rules/ at build time.
import compiledPacks from 'slant:builtin-packs'

// The browser bundle's entry: the engine with its packs and tagger compiled in, and nothing read at run time.
provideBuiltinPacks(() => compiledPacks)
provideTaggerModel(() => taggerModel)

export {lint, type LintOptions, type LintResult, type LintStats, type SlantMessage} from '../lint.js'
