import {inputRules} from '../engine/input-rules.js'
import {conditionMeanings, type RulePack} from '../engine/rule-pack.js'

const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

/** The rule catalogue, generated from the same packs the matcher compiles. */
export function rulesDoc(packs: readonly RulePack[]): string {
  const lines = [
    '# slant rules',
    '',
    '<!-- Generated from rules/*.yml by `npm run docs`. Do not edit by hand. -->',
    '',
    '| rule | family | default severity | entries |',
    '| --- | --- | --- | --- |',
    ...packs.map((pack) => `| [${pack.id}](#${pack.id}) | ${pack.family} | ${pack.severity} | ${pack.entries.length || 'detected in code'} |`),
    `| [messages about the input](#messages-about-the-input) | input | see below | ${Object.keys(inputRules).join(', ')} |`,
    ''
  ]
  for (const pack of packs) {
    lines.push(`## ${pack.id}`, '', `**${pack.title}** · family: ${pack.family} · default severity: ${pack.severity}`, '')
    if (pack.description) lines.push(pack.description, '')
    if (pack.source) lines.push(`Source: ${pack.source}`, '')
    if (pack.when.length > 0) lines.push(`Reported only where ${pack.when.map((condition) => conditionMeanings[condition]).join('; and ')}.`, '')
    if (pack.entries.length === 0) continue
    lines.push(
      '| id | term | class | other forms | suggestions (drop-in) | other wordings | why | source | exceptions | examples |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    )
    for (const entry of pack.entries) {
      const unless = [
        ...Object.entries(entry.unless ?? {}).map(([where, words]) => `${where}: ${(words as string[]).join(', ')}`),
        ...(entry.when ? [`only when: ${entry.when.join(', ')}`] : []),
        ...(entry.severity ? [`severity: ${entry.severity}`] : [])
      ].join('; ')
      const examples = [...entry.examples.flag.map((sentence) => `flags: ${sentence}`), ...entry.examples.pass.map((sentence) => `passes: ${sentence}`)].join('<br>')
      const cells = [entry.term, entry.pos ?? '', entry.forms.join(', '), entry.suggest.join(', '), entry.advice.join(', '), entry.note ?? '', entry.source ?? '', unless, examples]
      lines.push(`| <a id="${entry.id}"></a>${entry.id} | ${cells.map(escapeCell).join(' | ')} |`)
    }
    lines.push('')
  }
  lines.push('## Messages about the input', '', 'Reported by slant itself about a file, not about its wording.', '', '| rule | severity | meaning |', '| --- | --- | --- |')
  for (const [id, rule] of Object.entries(inputRules)) lines.push(`| <a id="${id}"></a>${id} | ${rule.severity} | ${escapeCell(rule.description)} |`)
  lines.push('')
  return lines.join('\n')
}
