import {readFileSync} from 'node:fs'
import {beforeAll, expect, it} from 'vitest'
import {lint, type SlantMessage} from '../../src/index.js'
import {describeWithSharedFile, putinKimInShared, warningsAndErrors} from '../helpers.js'

describeWithSharedFile(putinKimInShared, 'unsupported claims in the Putin–Kim article', (path) => {
  let article: string
  let claims: SlantMessage[]
  beforeAll(() => {
    article = readFileSync(path, 'utf8')
    claims = warningsAndErrors(lint(article).messages).filter((message) => message.family === 'claims')
  })
  const lineOf = (phrase: string) => article.slice(0, article.indexOf(phrase)).split('\n').length

  it.each([
    ['is seen as a landmark moment', 'seen as', 'belief-passive'],
    ['closer now than at any time since the Cold War', 'than at any time', 'unsupported-superlative'],
    ['amid growing concerns', 'growing concerns', 'unsupported-superlative'],
    ['Perhaps able to empathise', 'Perhaps', 'speculation'],
    ['Putin will now be hoping', 'will now be hoping', 'speculation']
  ])('flags “%s”', (phrase, actual, ruleId) => {
    expect(claims).toContainEqual(expect.objectContaining({line: lineOf(phrase), actual, ruleId}))
  })

  // The rest of the article attributes its claims: "Kim declared it the 'strongest ever treaty'".
  it('flags nothing else as an unsupported claim', () => {
    expect(claims).toHaveLength(5)
  })
})
