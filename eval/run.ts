import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {lint} from 'slant'
import {scoreBabe} from './babe.js'
import {defaultDataFolder, MissingDataError, readData} from './data.js'
import {findingsOf, type Finding} from './findings.js'
import {alexLinter, onlyFamily, slantLinter, slantModelAt, slantModelLinter, type Linter} from './linters.js'
import {judgeGold, type Gold} from './putin-kim-gold.js'
import {familyTable, goldTable, summaryTable, tallyTable, thresholdTable, type SystemScores} from './report.js'
import {scoreWeasel} from './weasel.js'

// This file runs from eval/dist/, two folders below the repository root.
const repositoryRoot = new URL('../../', import.meta.url)
const goldFile = new URL('test/fixtures/putin-kim-gold.json', repositoryRoot)

function fail(message: string): never {
  console.error(`slant eval: ${message}`)
  process.exit(2)
}

function dataFolder(args: string[]): string {
  if (args.length === 0) return defaultDataFolder
  if (args.length === 2 && args[0] === '--data') return args[1]
  fail('usage: npm run eval [-- --data <folder with babe-sg2.csv and wiki-weasel-test.csv>]')
}

function main() {
  const folder = dataFolder(process.argv.slice(2))
  let data: ReturnType<typeof readData>
  try {
    data = readData(folder)
  } catch (error) {
    if (error instanceof MissingDataError) fail(error.message)
    throw error
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold
  const articleFile = fileURLToPath(new URL(`../${gold.article}`, repositoryRoot))
  if (!existsSync(articleFile)) fail(`the Putin–Kim article is missing: ${articleFile}`)
  const article = readFileSync(articleFile, 'utf8')

  const started = performance.now()
  const articleFindings = (model: boolean) => findingsOf(article, lint(article, {path: articleFile, model: {enabled: model}}).messages)
  const scores = [
    score(slantLinter, data, gold, article, articleFindings(false)),
    score(slantModelLinter, data, gold, article, articleFindings(true)),
    score(alexLinter, data, gold, article)
  ]
  const [slant, slantModel] = scores
  const seconds = ((performance.now() - started) / 1000).toFixed(1)

  const sections = [
    `# slant accuracy\n\n${data.babe.length} BABE sentences, ${data.weasel.length} CoNLL-2010 Wikipedia sentences, the Putin–Kim article; ${seconds} s.`,
    summaryTable(scores),
    '## BABE: words flagged and biased words found, by rule family',
    familyTable(slant.babe),
    '## BABE: most frequent false positives (flagged, not annotated as biased)',
    tallyTable('word (rule)', slant.babe.falsePositives),
    '## BABE: most frequent false negatives (annotated as biased, not flagged)',
    tallyTable('word', slant.babe.falseNegatives),
    '## CoNLL-2010 weasel: most frequent false positives (findings in sentences without a weasel cue)',
    tallyTable('flagged text (rule)', slant.weasel.falsePositives),
    '## CoNLL-2010 weasel: false negatives (words and pairs over-represented in missed weasel sentences)',
    tallyTable('word or pair', slant.weasel.falseNegatives),
    '## Putin–Kim article: gold list',
    goldTable(slant.gold),
    '## With the model on (docs/model.md): BABE words flagged and biased words found, by rule family',
    familyTable(slantModel.babe),
    '## With the model on: most frequent BABE false positives',
    tallyTable('word (rule)', slantModel.babe.falsePositives),
    '## With the model on: most frequent CoNLL-2010 weasel false positives',
    tallyTable('flagged text (rule)', slantModel.weasel.falsePositives),
    '## With the model on: Putin–Kim gold list',
    goldTable(slantModel.gold),
    '## The model at other thresholds (read only: the shipped thresholds are chosen on the training data)',
    thresholdTable(modelThresholds.map((threshold) => {
      const linter = slantModelAt(threshold)
      return {threshold, babe: scoreBabe(data.babe, linter).counts, weasel: scoreWeasel(data.weasel, linter).counts}
    }))
  ]
  console.log(sections.join('\n\n'))
}

// Every threshold a user might set, to show the trade-off the shipped ones sit on.
const modelThresholds = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]

function score(linter: Linter, data: ReturnType<typeof readData>, gold: Gold, article: string, articleFindings: Finding[] = linter.run(article)): SystemScores {
  return {
    name: linter.name,
    hasFamilies: linter.hasFamilies,
    babe: scoreBabe(data.babe, linter),
    // BABE marks loaded words, so the loaded-wording rules alone are scored too.
    babeLoaded: linter.hasFamilies ? scoreBabe(data.babe, onlyFamily(linter, 'loaded')) : undefined,
    weasel: scoreWeasel(data.weasel, linter),
    gold: judgeGold(article, gold, articleFindings, linter.hasFamilies),
    goldFindings: articleFindings.length
  }
}

main()
