import {describe, expect, it} from 'vitest'
import {lint, type Format} from '../../src/index.js'
import {warningsAndErrors} from '../helpers.js'

// Other senses of a rule's words, names, and code: none of these is the writer's loaded wording.
const cases: Record<string, Array<[string, string, Format?]>> = {
  'loaded-label': [
    ['a tax regime', 'The new tax regime takes effect in April.'],
    ['a training regime', 'Her training regime includes two rest days.'],
    ['a visa regime', "The country's visa regime was relaxed for students."],
    ['a sanctions regime', 'The sanctions regime covers oil exports.'],
    ['a mob boss', 'The mob boss was sentenced to 20 years.'],
    ['a swarm of bees', 'A swarm of bees closed the park for an hour.'],
    ['a drone swarm', 'The army tested a drone swarm over the desert.'],
    ['a sect in botany', 'The orchid belongs to sect. Pleurothallis of the genus, a section of plants.'],
    ['a cult classic', 'The film became a cult classic in the 1990s.'],
    ['the Mongol horde', 'The Golden Horde ruled the steppe; a horde of Mongol riders crossed it.'],
    ['a brass mouthpiece', 'The trumpet player cleaned her mouthpiece before the concert.'],
    ['a podcast name', 'She hosts the Regime Change podcast every Friday.'],
    ['a rapper', 'Rapper Killer Mike endorsed the candidate.'],
    ['code in Markdown', 'Call `despots()` and `regime.update()` to refresh.', 'markdown'],
    ['a fenced block', '```\nconst regime = tyrant(despots)\n```', 'markdown'],
    ['a URL', 'See https://example.com/regime/despots for the data.'],
    ['an anti-fascist', 'The anti-fascist march passed the town hall.'],
    ['a terrorist attack', 'Police said the terrorist attack killed four people.'],
    ['a legal regime', 'The legal regime for data transfers changed in 2020.'],
    ['wartime propaganda', 'The museum shows Nazi propaganda posters from the 1930s.'],
    ['woke as a verb', 'She woke up at dawn and drove to the airport.'],
    ['a troll in folklore', 'In Norse folklore a troll lives under the bridge.']
  ],
  'loaded-language': [
    ['a car that slammed into a wall', 'The car slammed into a wall on Main Street.'],
    ['a nuclear meltdown', 'Engineers feared a meltdown at the reactor.'],
    ['a celebration', 'Fans celebrated the win in the city centre.'],
    ['a team name', 'The Blasters won the final on Sunday.'],
    ['toxic waste', 'The plant stored toxic waste near the river.'],
    ['a smear test', 'Women are invited for a smear test every three years.'],
    ['ticket touts', 'Touts sold tickets outside the stadium, and touting tickets is illegal.'],
    ['a town that lies on a river', 'The town lies on the east bank of the river.'],
    ['a hoax call', 'The school was evacuated after a hoax call on Monday.'],
    ['reckless driving', 'He was charged with reckless driving.'],
    ['cruel and unusual punishment', 'The court ruled out cruel and unusual punishment.'],
    ['mentally incompetent', 'The judge found him mentally incompetent to stand trial.'],
    ['a stunt double', 'The actor used a stunt double for the fall.'],
    ['the theatre of the absurd', 'Beckett is a master of the theatre of the absurd.'],
    ['criminally insane', 'He was sent to a hospital for the criminally insane.'],
    ['nonsense verse', 'Edward Lear wrote nonsense verse for children.'],
    ['good and evil', 'The opera turns on the struggle between good and evil.'],
    ['a valley that lies beyond', 'Beyond the ridge lies a wooded valley, under which lies a network of caves.'],
    ['a highly toxic insecticide', 'Parathion is a highly toxic insecticide.']
  ],
  puffery: [
    ['a groundbreaking ceremony', 'The mayor attended the groundbreaking ceremony for the new school.'],
    ['an extraordinary meeting', 'Shareholders called an extraordinary general meeting.'],
    ['a heavyweight title', 'He won the heavyweight title in 2019.']
  ]
}

describe.each(Object.entries(cases))('%s must not flag', (ruleId, table) => {
  it.each(table)('%s', (_name, text, format) => {
    const messages = warningsAndErrors(lint(text, {format}).messages)
    expect(messages.filter((message) => message.ruleId === ruleId)).toEqual([])
  })
})
