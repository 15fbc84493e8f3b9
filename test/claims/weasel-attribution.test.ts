import {describe} from 'vitest'
import {caseTable} from './cases.js'

describe('weasel-attribution', () => {
  caseTable(
    'weasel-attribution',
    [
      {text: 'Critics say the plan will fail.', actual: 'Critics', attributed: 'Critics including Senator Jane Hill say the plan will fail.'},
      {text: 'Some argue that the tax is unfair.', actual: 'Some', attributed: 'Some, such as the economist Ann Pettifor, argue that the tax is unfair.'},
      {text: 'Many people believe the vote was rigged.', actual: 'Many people', attributed: 'Many people believe the vote was rigged, according to a Gallup poll.'},
      {text: 'Experts warn that the dam could fail.', actual: 'Experts', attributed: 'Experts at the Brookings Institution warn that the dam could fail.'},
      {text: 'Observers noted a change in tone.', actual: 'Observers', attributed: 'Observers from the OSCE noted a change in tone.'},
      {text: 'Sources close to the talks said a deal was near.', actual: 'Sources', attributed: 'Sources close to the talks said a deal was near, Reuters reported.'},
      {text: 'The shares rose as analysts expect a cut.', actual: 'analysts', attributed: 'The shares rose as analysts at Goldman Sachs expect a cut.'},
      {text: 'It is said that the king never slept.', actual: 'It is said that', attributed: 'It is said that the king never slept, the historian Mary Beard wrote.'},
      {text: 'Critics have long argued the law is too broad.', actual: 'Critics', attributed: 'Critics have long argued the law is too broad, said Amnesty International.'},
      {text: 'The move, some critics say, is illegal.', actual: 'critics', attributed: 'The move, some critics say, is illegal [1].'},
      {text: 'Critics of President Biden say the bill is too broad.', actual: 'Critics', attributed: 'Critics of President Biden, led by Senator Jane Hill, say the bill is too broad.'},
      {text: 'The film was praised by critics for its score.', actual: 'critics', attributed: 'The film was praised by critics for its score, including Mark Kermode.'},
      {text: 'The practice has been opposed by some since it began.', actual: 'some', attributed: 'The practice has been opposed by some since it began, including the Vatican.'},
      {text: 'Some people can argue that the rule is too strict.', actual: 'Some people', attributed: 'Some people can argue that the rule is too strict, as Justice Ruth Bader Ginsburg wrote.'},
      {text: 'Public health experts are warning that hospitals are full.', actual: 'experts', attributed: 'Public health experts at Johns Hopkins University are warning that hospitals are full.'},
      {text: 'Experts Warn Of A Crisis In Housing', actual: 'Experts', attributed: 'Experts At The OECD Warn Of A Crisis In Housing'},
      {text: 'Most agree that the reform came too late.', actual: 'Most', attributed: 'Most agree that the reform came too late, according to a YouGov poll.'},
      {text: 'Some scholars have suggested that the text is late.', actual: 'scholars', attributed: 'Some scholars have suggested that the text is late, Professor Mary Beard wrote.'},
      {text: 'Some Irish fans believe the match was fixed.', actual: 'Some', attributed: 'Some Irish fans believe the match was fixed, according to a poll by RTÉ.'},
      {text: 'Many people wrongly believe the vote was rigged.', actual: 'Many people', attributed: 'Many people wrongly believe the vote was rigged, according to a Gallup poll.'},
      {text: 'The rule has been criticized by some players as too strict.', actual: 'some', attributed: 'The rule has been criticized by some players, including Andy Murray, as too strict.'},
      {text: 'Theories of mind were viewed sceptically by some scientists.', actual: 'scientists', attributed: 'Theories of mind were viewed sceptically by some scientists, including Roger Penrose.'},
      {text: 'These weapons, it was argued, posed a threat.', actual: 'it was argued', attributed: 'These weapons, it was argued, posed a threat, the report by the Senate said.'},
      {text: 'Many regard the treaty as a failure.', actual: 'Many', attributed: 'Many regard the treaty as a failure, according to a Pew survey.'},
      {text: 'According to some accounts, the king never slept.', actual: 'According to some accounts', attributed: 'According to some accounts, the king never slept, the historian Mary Beard wrote.'},
      {text: 'Most economists agree that the tax is unfair.', actual: 'Most', attributed: 'Most economists agree that the tax is unfair, according to an IGM Forum survey.'},
      {text: 'Critics claim the tax is unfair.', actual: 'Critics', attributed: 'Critics claim the tax is unfair, according to a report by Reuters.'},
      {text: 'There are those who feel the agencies should merge.', actual: 'There are those who', attributed: 'There are those who feel the agencies should merge, Senator Jane Hill said.'}
    ],
    [
      'Critics of the bill, Senator Jane Hill said, were never consulted.',
      'Many people died, officials said.',
      'Most of the houses were destroyed in the flood.',
      'Some 300 students said they had seen the notice.',
      'The critics were not invited to the screening.',
      'Experts at the Brookings Institution said the dam could fail.',
      'Some of the money was returned.',
      'Many of the houses were built before 1900.',
      'The sites removed some fear-mongering content.',
      'By some estimates the plan could cost $600 billion.',
      'By many accounts the vote was calm.',
      'They wanted to be free of domination by others.',
      'There were some warning signs before the crash.',
      'Activists, some of whom are believed to be students, marched.',
      'The students - many of whom were women - and staff argued for a delay.',
      'Analysts expect a cut, according to a Reuters poll of 50 economists.',
      'Some stores reported strong sales.',
      'Most people voted in the morning.',
      'The plan was opposed by some 300 residents.',
      'There are those who died in the fire.',
      'The critics note on the back cover was short.',
      'According to the IMF, growth slowed in some regions.'
    ]
  )
})
