import {describe} from 'vitest'
import {caseTable} from './cases.js'

describe('belief-passive', () => {
  caseTable(
    'belief-passive',
    [
      {text: 'Such a deal is seen as a landmark moment.', actual: 'seen as', attributed: 'Such a deal is seen as a landmark moment, Foreign Minister Sergei Lavrov said.'},
      {text: 'She is widely regarded as the best candidate.', actual: 'regarded as', attributed: 'She is widely regarded by Democrats as the best candidate, according to Gallup.'},
      {text: 'The reform is considered by many to be a failure.', actual: 'considered by many', attributed: 'The reform is considered by many to be a failure, the IMF said in its report.'},
      {text: 'The virus is thought to have jumped from bats.', actual: 'thought to', attributed: 'The virus is thought to have jumped from bats ([WHO report](https://example.org/who)).'},
      {text: 'It is believed that the ship sank in a storm.', actual: 'believed that', attributed: 'It is believed that the ship sank in a storm, said Captain Ruth Ames.'},
      {text: 'It has been suggested that the letters are forged.', actual: 'suggested that', attributed: 'It has been suggested that the letters are forged (Smith 2019).'},
      {text: 'The album has been described as a masterwork.', actual: 'described as', attributed: 'The album has been described by Rolling Stone as a masterwork.'},
      {text: 'He was often viewed as an outsider.', actual: 'viewed as', attributed: 'He was often viewed as an outsider, his biographer Anne Lee wrote.'}
    ],
    [
      'Putin is seen behind the wheel of a limousine.',
      'Moments later he was seen waving at Kim from the window.',
      'The pair were seen laughing and joking.',
      'Sanctions, which he described as illegal, were discussed.',
      'The proposal was regarded by the Treasury as too costly.',
      'We thought that the road was closed.',
      'He is believed by police to have fled to Spain.',
      'The application will be considered at the next meeting.'
    ]
  )
})
