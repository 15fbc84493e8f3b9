import {describe} from 'vitest'
import {caseTable} from './cases.js'

describe('research-backing', () => {
  caseTable(
    'research-backing',
    [
      {text: 'Research has shown that coffee is good for you.', actual: 'Research has shown', attributed: 'Research has shown that coffee is good for you ([BMJ, 2017](https://www.bmj.com/)).'},
      {text: 'Studies show that children learn by play.', actual: 'Studies show', attributed: 'Studies show that children learn by play (Piaget 1952).'},
      {text: 'Science says we need eight hours of sleep.', actual: 'Science says', attributed: 'Science says we need eight hours of sleep.[^sleep]'},
      {text: 'The evidence shows the policy failed.', actual: 'The evidence shows', attributed: 'The evidence shows the policy failed, according to the National Audit Office.'}
    ],
    [
      'Research by the Resolution Foundation shows that wages fell.',
      'A study published in The Lancet found no link.',
      'The research showcase opens on Monday.',
      'These studies are showing their age.'
    ]
  )
})
