import {describe, expect, it} from 'vitest'
import {caseTable, findings} from './cases.js'

// A said-synonym is the writer's choice of verb; inside a quotation it is the speaker's.
describe('said-synonym', () => {
  caseTable(
    'said-synonym',
    [
      {text: 'The minister admitted that the figures were wrong.', actual: 'admitted', attributed: 'Her aide wrote: “The minister admitted that the figures were wrong.”'},
      {text: 'He conceded that the plan had flaws.', actual: 'conceded', attributed: '“He conceded that the plan had flaws,” Hill said.'},
      {text: 'She confessed that she had lied.', actual: 'confessed', attributed: 'Her lawyer said: “She confessed that she had lied.”'},
      {text: 'The company claimed it was not to blame.', actual: 'claimed', attributed: '“The company claimed it was not to blame,” the judge said.'},
      {text: '“We will win,” she insisted.', actual: 'insisted', attributed: 'Her rival said: “‘We will win,’ she insisted, but they lost.”'},
      {text: 'The report revealed that costs had doubled.', actual: 'revealed', attributed: 'The auditor said “the report revealed that costs had doubled”.'},
      {text: 'He boasted: “Nobody does it better.”', actual: 'boasted', attributed: 'She recalled that “he boasted that nobody did it better”.'},
      {text: 'The CEO asserted that sales had tripled.', actual: 'asserted', attributed: '“The CEO asserted that sales had tripled,” the analyst said.'},
      {text: 'The North denied that it had sent arms.', actual: 'denied', attributed: 'Seoul said “the North denied that it had sent arms”.'},
      {text: 'It was the audit that revealed that costs had doubled.', actual: 'revealed', attributed: 'The auditor said “it was the audit that revealed that costs had doubled”.'},
      {text: 'Bloomberg claims he has been against redlining.', actual: 'claims', attributed: 'Her tweet read: “Bloomberg claims he has been against redlining.”'},
      {text: 'It is a group that claims that vaccines are unsafe.', actual: 'claims', attributed: 'Her post read: “It is a group that claims that vaccines are unsafe.”'},
      {text: 'Others claim that the company was the first.', actual: 'claim', attributed: 'A reviewer wrote: “Others claim that the company was the first.”'},
      {text: 'Republicans will claim that they cut taxes.', actual: 'claim', attributed: 'He warned that “Republicans will claim that they cut taxes”.'},
      {text: 'The plan failed, he admitted.', actual: 'admitted', attributed: '“The plan failed, he admitted,” the report says.'},
      // "claimed that" is also a belief-passive cue ("it was claimed that"); outside a passive the verb is still found.
      {text: 'They have claimed that the law is a burden.', actual: 'claimed', attributed: 'Her memo said “they have claimed that the law is a burden”.'},
      {text: 'Haqqani claimed the Taliban are ready for talks.', actual: 'claimed', attributed: 'An envoy wrote: “Haqqani claimed the Taliban are ready for talks.”'},
      {text: 'Trump claimed his administration would have a plan.', actual: 'claimed', attributed: 'She said “Trump claimed his administration would have a plan”.'},
      {text: 'The mayor claimed on Friday that crime had fallen.', actual: 'claimed', attributed: 'Police said “the mayor claimed on Friday that crime had fallen”.'},
      {text: 'A lobby group is claiming that the tax will cost jobs.', actual: 'claiming', attributed: 'Her post read: “A lobby group is claiming that the tax will cost jobs.”'},
      {text: 'He cited a group claiming to fight misinformation.', actual: 'claiming', attributed: 'Her post read: “He cited a group claiming to fight misinformation.”'},
      {text: 'He denied the allegations were true.', actual: 'denied', attributed: 'His lawyer said “he denied the allegations were true”.'},
      {text: 'Sanders also claims his Green New Deal plan will create jobs.', actual: 'claims', attributed: 'Her post read: “Sanders also claims his Green New Deal plan will create jobs.”'},
      {text: 'He condemns the socialism that he claims has ravaged Venezuela.', actual: 'claims', attributed: 'She wrote: “He condemns the socialism that he claims has ravaged Venezuela.”'},
      {text: 'The students can’t claim to be neutral.', actual: 'claim', attributed: 'The bishop said “the students can’t claim to be neutral”.'}
    ],
    [
      'The school admitted 300 students this year.',
      'The museum revealed its new wing on Monday.',
      'He was admitted to hospital on Friday.',
      'The North has denied giving Russia military hardware.',
      'She claimed her fourth title in Paris.',
      'The team insisted on a recount.',
      'The patient, who was admitted, is stable.',
      'Kim responded that relations were at a new high.',
      'She rejected the claims that she had lied.',
      'Moscow’s denials that it sent troops were hollow.',
      'His boast that sales had tripled was false.',
      'He repeated baseless claims that the vote was rigged.',
      'It was his tenth claim that the plan existed.',
      'This claim that the plan existed is false.',
      'The court let them press claims that the law was unfair.',
      'The fire claimed 24 lives and destroyed 2,000 homes.',
      'Migrants claiming asylum at the border were held.',
      'She claimed her seat in the House after the primary.',
      'He laid claim to the throne.',
      'The school admitted 300 students who were from abroad.',
      'The museum revealed a new wing that is open daily.',
      'The students the school admitted were top of their class.'
    ]
  )

  it('suggests “said” and says why', () => {
    const [message] = findings('The minister admitted that the figures were wrong.', 'said-synonym')
    expect(message.expected).toEqual(['said'])
    expect(message.message).toBe('“admitted” pre-judges the truth of what follows; consider “said”')
    expect(message.note).toMatch(/fault/)
  })
})
