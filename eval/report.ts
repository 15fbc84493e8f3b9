import type {BabeScore} from './babe.js'
import type {GoldResult} from './putin-kim-gold.js'
import type {Counts, Tally} from './scores.js'
import type {WeaselScore} from './weasel.js'

const figure = (value: number) => value.toFixed(2)

/** A Markdown table, so the output can go into the docs as printed. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const lines = [header, header.map(() => '---'), ...rows.map((row) => row.map(String))]
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

export interface SystemScores {
  name: string
  hasFamilies: boolean
  babe: BabeScore
  babeLoaded?: BabeScore
  weasel: WeaselScore
  gold: GoldResult[]
  goldFindings: number
}

/** Published figures from the data's README, so slant's numbers have company. */
const published = {
  babe: [
    ['feature model (XGBoost, MBIC), Spinde et al. 2021', 0.29, 0.77, 0.43],
    ['negative-sentiment lexicon baseline', 0.35, 0.47, 0.4],
    ['semi-automatic bias lexicon baseline', 0.62, 0.12, 0.2]
  ],
  weasel: [
    ['best CoNLL-2010 systems, official Wikipedia test set (F1 0.55–0.60)', 0.81, 0.44, 0.57],
    ['quantifier/puffery cue list, this re-split', 0.68, 0.5, 0.58],
    ["Wikipedia's attribution patterns alone, this re-split", 0.98, 0.05, 0.1]
  ]
} as const

const row = (set: string, system: string, counts: Counts) => [set, system, figure(counts.precision), figure(counts.recall), figure(counts.f1)]

export function summaryTable(systems: readonly SystemScores[]): string {
  const rows: Array<Array<string | number>> = []
  for (const system of systems) {
    rows.push(row('BABE, word level', system.name, system.babe.counts))
    if (system.babeLoaded) rows.push(row('BABE, word level', `${system.name}, loaded-wording rules only`, system.babeLoaded.counts))
  }
  for (const [name, precision, recall, f1] of published.babe) rows.push(['BABE, word level', `*${name}*`, precision, recall, f1].map(String))
  for (const system of systems) {
    if (system.hasFamilies) rows.push(row('CoNLL-2010 weasel, sentence level', `${system.name}, unsupported-claim rules`, system.weasel.claimsOnly))
    rows.push(row('CoNLL-2010 weasel, sentence level', `${system.name}, any rule`, system.weasel.counts))
  }
  for (const [name, precision, recall, f1] of published.weasel) rows.push(['CoNLL-2010 weasel, sentence level', `*${name}*`, precision, recall, f1].map(String))
  for (const system of systems) rows.push(goldRow(system))
  return table(['data set', 'system', 'P', 'R', 'F1'], rows)
}

function goldRow(system: SystemScores): string[] {
  const flags = system.gold.filter((result) => result.item.expect === 'flag')
  const quiet = system.gold.filter((result) => result.item.expect === 'quiet')
  const found = flags.filter((result) => result.passed).length
  const kept = quiet.filter((result) => result.passed).length
  return [
    'Putin–Kim article, gold list',
    system.name,
    `${found}/${flags.length} flagged`,
    `${kept}/${quiet.length} quotes quiet`,
    `${system.goldFindings} warnings+errors`
  ]
}

/** The model's figures at each threshold: BABE word level and CoNLL-2010 weasel, any rule. */
export function thresholdTable(points: ReadonlyArray<{threshold: number; babe: Counts; weasel: Counts}>): string {
  const rows = points.map(({threshold, babe, weasel}) => [threshold.toFixed(1), ...[babe, weasel].flatMap((counts) => [counts.precision, counts.recall, counts.f1].map(figure))])
  return table(['threshold', 'BABE P', 'BABE R', 'BABE F1', 'CoNLL P', 'CoNLL R', 'CoNLL F1'], rows)
}

export function familyTable(score: BabeScore): string {
  const gold = score.counts.tp + score.counts.fn
  const rows = [...score.families]
    .sort((a, b) => b[1].found - a[1].found || a[0].localeCompare(b[0]))
    .map(([family, {flagged, found}]) => [family, flagged, found, figure(flagged === 0 ? 0 : found / flagged), figure(gold === 0 ? 0 : found / gold)])
  return table(['family', 'words flagged', 'biased words found', 'precision', 'recall'], rows)
}

export function tallyTable(title: string, tally: Tally, limit = 20): string {
  return table([title, 'count'], tally.top(limit))
}

export function goldTable(results: readonly GoldResult[]): string {
  return table(
    ['phrase', 'family', 'expected', 'result'],
    results.map(({item, present, flagged, flaggedByFamily, passed}) => [
      item.text,
      item.family,
      item.expect,
      !present ? 'not in the article' : passed ? 'ok' : item.expect === 'quiet' ? 'flagged' : flagged && !flaggedByFamily ? 'flagged by another family' : 'missed'
    ])
  )
}
