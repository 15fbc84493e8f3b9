import {describe} from 'vitest'
import {caseTable} from './cases.js'

// Editorializing is judged outside quotations only: the quoted variants are the speaker's words.
describe('editorializing', () => {
  caseTable(
    'editorializing',
    [
      {text: 'The plan clearly failed.', actual: 'clearly', attributed: '“The plan clearly failed,” the mayor said.'},
      {text: 'Obviously, the deal favours Moscow.', actual: 'Obviously', attributed: 'He wrote: “Obviously, the deal favours Moscow.”'},
      {text: 'The vote was, of course, rigged.', actual: 'of course', attributed: 'The vote was, she said, “of course, rigged.”'},
      {text: 'This is undoubtedly the best plan.', actual: 'undoubtedly', attributed: '“This is undoubtedly the best plan,” Hill said.'},
      {text: 'Unfortunately, the talks collapsed.', actual: 'Unfortunately', attributed: '“Unfortunately, the talks collapsed,” Lavrov said.'},
      {text: 'Sadly, the museum will close.', actual: 'Sadly', attributed: '“Sadly, the museum will close,” the director said.'},
      {text: 'Fortunately, nobody was hurt.', actual: 'Fortunately', attributed: '“Fortunately, nobody was hurt,” police said.'},
      {text: 'The singer tragically died at 27.', actual: 'tragically', attributed: 'Her label said the singer “tragically died at 27”.'},
      {text: 'Notably, the report omits the costs.', actual: 'Notably', attributed: 'A critic called it “notably silent on costs”.'},
      {text: 'Interestingly, the bill passed.', actual: 'Interestingly', attributed: '“Interestingly, the bill passed,” she noted.'},
      {text: 'It should be noted that the data are old.', actual: 'It should be noted that', attributed: '“It should be noted that the data are old,” the authors wrote.'}
    ],
    [
      'She spoke clearly and slowly.',
      'The exits are clearly marked.',
      'The captain ordered a change of course.',
      'He smiled sadly at the crowd.',
      'The course of the river changed.'
    ]
  )
})
