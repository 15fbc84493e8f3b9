import {readFileSync} from 'node:fs'
import {provideTaggerModel, type TaggerModel} from './tagger.js'

// Node only: the tagger's model, read from beside this module the first time a rule asks for a
// word class, so a run that never does, and the CLI's main thread, never parse it.
// Importing this module provides it to the engine.

/** Where train/tagger.mjs writes the model, in src/; the build copies it beside this module in dist/. */
export const taggerModelFile = new URL('model.json', import.meta.url)

provideTaggerModel(() => JSON.parse(readFileSync(taggerModelFile, 'utf8')) as TaggerModel)
