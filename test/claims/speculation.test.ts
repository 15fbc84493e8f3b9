import {describe} from 'vitest'
import {caseTable} from './cases.js'

describe('speculation', () => {
  caseTable(
    'speculation',
    [
      {text: 'Perhaps able to empathise with one another, the two leaders embraced.', actual: 'Perhaps', attributed: 'Perhaps able to empathise with one another, the two leaders embraced, Anna Ivanova wrote.'},
      {text: 'Perhaps Putin wanted a win.', actual: 'Perhaps', attributed: 'Perhaps Putin wanted a win, said Stoltenberg.'},
      {text: 'The fire was probably started deliberately.', actual: 'probably', attributed: 'The fire was probably started deliberately, fire chief Dany Cotton said.'},
      {text: 'The minister apparently ignored the warning.', actual: 'apparently', attributed: 'The minister apparently ignored the warning, according to The Guardian.'},
      {text: 'The move was seemingly aimed at voters.', actual: 'seemingly', attributed: 'The move was seemingly aimed at voters, Professor John Curtice said.'},
      {text: 'The rebels will no doubt try again.', actual: 'no doubt', attributed: 'The rebels will no doubt try again, General Mark Milley said.'},
      {text: 'Putin will now be hoping his trip to Vietnam proves fruitful.', actual: 'will now be hoping', attributed: 'Putin will now be hoping his trip to Vietnam proves fruitful, the Kremlin said.'},
      {text: 'She must have felt betrayed.', actual: 'must have felt', attributed: 'She must have felt betrayed, her sister Jane Doe told the BBC.'},
      {text: 'The bank is likely to raise rates.', actual: 'is likely to', attributed: 'The bank is likely to raise rates, according to Reuters.'},
      {text: 'The president clearly wants a second term.', actual: 'clearly wants', attributed: 'The president clearly wants a second term, Senator Jane Hill said.'}
    ],
    [
      'Putin said he hoped the trip would prove fruitful.',
      'The court must have the papers by Friday.',
      'There is no doubting his energy.',
      'There is no doubt that the vote was close.',
      'It was likely that the roads would close.',
      'The forecast said rain was likely.'
    ]
  )
})
