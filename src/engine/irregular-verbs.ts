// English verbs whose past or participle is not made with -ed: base, past, participle, and the
// -s and -ing forms where they are not regular. Alternatives are joined by "/", the first the
// one a suggestion uses; "lie lay lain" is "lie" as in lying down (the "tell lies" verb is regular).
const table = `
arise arose arisen|awake awoke awoken|be was/were been is being|bear bore borne|beat beat beaten|become became become
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown
break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|build built built|burn burned/burnt burned/burnt
burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come
cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|dive dived/dove dived|do did done does|draw drew drawn
dream dreamed/dreamt dreamed/dreamt|drink drank drunk|drive drove driven|dwell dwelt dwelt|eat ate eaten|fall fell fallen
feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown flies|forbid forbade forbidden
forecast forecast forecast|foresee foresaw foreseen|foretell foretold foretold|forget forgot forgotten|forgive forgave forgiven
freeze froze frozen|get got got/gotten|give gave given|go went gone goes|grind ground ground|grow grew grown|hang hung hung
have had had has|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt
know knew known|lay laid laid|lead led led|lean leaned/leant leaned/leant|leap leaped/leapt leaped/leapt|learn learned/learnt learned/learnt
leave left left|lend lent lent|let let let|lie lay lain lies lying|light lit/lighted lit/lighted|lose lost lost|make made made
mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken|overcome overcame overcome|overtake overtook overtaken
overthrow overthrew overthrown|pay paid paid|prove proved proven/proved|put put put|quit quit quit|read read read|rid rid rid
ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold
send sent sent|set set set|sew sewed sewn|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown
shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid
sling slung slung|slit slit slit|smell smelled/smelt smelled/smelt|speak spoke spoken|speed sped sped|spell spelled/spelt spelled/spelt
spend spent spent|spill spilled/spilt spilled/spilt|spin spun spun|spit spat spat|split split split|spoil spoiled/spoilt spoiled/spoilt
spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|stink stank stunk
stride strode stridden|strike struck struck|string strung strung|strive strove striven|swear swore sworn|sweep swept swept
swell swelled swollen|swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told
think thought thought|throw threw thrown|thrust thrust thrust|tread trod trodden|undergo underwent undergone undergoes|understand understood understood
undertake undertook undertaken|undo undid undone|upset upset upset|uphold upheld upheld|wake woke woken|wear wore worn
weave wove woven|weep wept wept|win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld
withstand withstood withstood|wring wrung wrung|write wrote written|die died died dies dying|tie tied tied ties tying`

export interface IrregularVerb {
  base: string
  past: string[]
  participle: string[]
  /** The third person singular, where it is not the base with -s. */
  s?: string
  ing?: string
}

export const irregularVerbs: ReadonlyMap<string, IrregularVerb> = new Map(
  table
    .trim()
    .split(/\||\n/)
    .map((entry) => {
      const [base, past, participle, s, ing] = entry.split(' ')
      return [base, {base, past: past.split('/'), participle: participle.split('/'), s, ing}]
    })
)

export type VerbForm = 'past' | 'participle' | 's' | 'ing'

// Per form, the bases of the irregular verbs that have it: "lay" is the past of "lie" only.
const basesByForm = new Map<VerbForm, Map<string, string>>(
  (['past', 'participle', 's', 'ing'] as const).map((kind) => {
    const bases = new Map<string, string>()
    for (const verb of irregularVerbs.values())
      for (const form of [verb[kind]].flat()) if (form && !bases.has(form)) bases.set(form, verb.base)
    return [kind, bases]
  })
)

/** The base of an irregular verb form: ("rose", "past") → "rise". */
export const irregularBase = (form: string, kind: VerbForm): string | undefined => basesByForm.get(kind)?.get(form)
