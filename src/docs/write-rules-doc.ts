import {writeFileSync} from 'node:fs'
import {builtinPacks} from '../engine/packs.js'
import {rulesDoc} from './rules-doc.js'

const target = new URL('../../docs/rules.md', import.meta.url)
writeFileSync(target, rulesDoc(builtinPacks()))
process.stdout.write(`wrote ${target.pathname}\n`)
