import {describe} from 'vitest'
import {caseTable} from './cases.js'

describe('belief-passive', () => {
  caseTable(
    'belief-passive',
    [
      {text: 'Such a deal is seen as a landmark moment.', actual: 'seen as', attributed: 'Such a deal is seen as a landmark moment, Foreign Minister Sergei Lavrov said.'},
      {text: 'She is widely regarded as the best candidate.', actual: 'widely regarded', attributed: 'She is widely regarded by Democrats as the best candidate, according to Gallup.'},
      {text: 'The reform is considered by many to be a failure.', actual: 'considered by many', attributed: 'The reform is considered by many to be a failure, the IMF said in its report.'},
      {text: 'The virus is thought to have jumped from bats.', actual: 'thought to', attributed: 'The virus is thought to have jumped from bats ([WHO report](https://example.org/who)).'},
      {text: 'It is believed that the ship sank in a storm.', actual: 'believed that', attributed: 'It is believed that the ship sank in a storm, said Captain Ruth Ames.'},
      {text: 'It has been suggested that the letters are forged.', actual: 'suggested that', attributed: 'It has been suggested that the letters are forged (Smith 2019).'},
      {text: 'The album has been described as a masterwork.', actual: 'described as', attributed: 'The album has been described by Rolling Stone as a masterwork.'},
      {text: 'He was often viewed as an outsider.', actual: 'viewed as', attributed: 'He was often viewed as an outsider, his biographer Anne Lee wrote.'},
      {text: 'The tribe is now considered extinct.', actual: 'considered', attributed: 'The tribe is now considered extinct by the IUCN.'},
      {text: 'It is a novella, regarded by some as his best work.', actual: 'regarded by some as', attributed: 'It is a novella, regarded by some as his best work, according to the critic John Carey.'},
      {text: 'The letters are believed by some to be forged.', actual: 'believed by some', attributed: 'The letters are believed by some to be forged (Smith 2019).'},
      {text: 'She trained under Reynolds, generally considered the finest painter of her day.', actual: 'generally considered', attributed: 'She trained under Reynolds, generally considered the finest painter of her day, as Vasari wrote.'},
      {text: 'The museum is highly regarded.', actual: 'highly regarded', attributed: 'The museum is highly regarded by the architect Norman Foster.'},
      {text: 'It is widely expected that rates will fall.', actual: 'widely expected', attributed: 'It is widely expected that rates will fall, according to Reuters.'},
      {text: 'By June it was reported that half the staff had left.', actual: 'reported that', attributed: 'By June it was reported that half the staff had left, the BBC said.'},
      {text: 'The general is reported to have fled.', actual: 'reported to', attributed: 'The general is reported to have fled, according to Reuters.'}
    ],
    [
      'Putin is seen behind the wheel of a limousine.',
      'Moments later he was seen waving at Kim from the window.',
      'The pair were seen laughing and joking.',
      'Sanctions, which he described as illegal, were discussed.',
      'The proposal was regarded by the Treasury as too costly.',
      'We thought that the road was closed.',
      'He is believed by police to have fled to Spain.',
      'The application will be considered at the next meeting.',
      'The request is being considered.',
      'Christopher Lee was considered for the lead.',
      'The bill will be considered by the Senate.',
      'The drug is widely used in hospitals.',
      'The paper reported that half the staff had left.'
    ]
  )
})
