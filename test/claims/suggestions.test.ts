import {describe, expect, it} from 'vitest'
import {builtinPacks} from '../../src/engine/packs.js'
import {lint} from '../../src/index.js'

const suggestions = builtinPacks().flatMap((pack) =>
  pack.entries.flatMap((entry) => entry.suggest.map((suggestion) => ({pack: pack.id, term: entry.term, suggestion})))
)

describe('suggestions', () => {
  it.each(suggestions)('$pack: “$suggestion” for “$term” is not flagged itself', ({suggestion}) => {
    expect(lint(suggestion).messages.filter((message) => message.severity !== 'info')).toEqual([])
  })
})
