import {MarkupKind, type Hover, type Position} from 'vscode-languageserver/node'
import {alternatives} from '../engine/finding.js'
import type {LocatedMessage} from './diagnostics.js'
import {containsPosition} from './ranges.js'

/** Markdown explaining every finding whose span holds the position. */
export function hoverAt(located: readonly LocatedMessage[], position: Position): Hover | null {
  const here = located.filter(({range}) => containsPosition(range, position))
  if (here.length === 0) return null
  return {contents: {kind: MarkupKind.Markdown, value: here.map(explain).join('\n\n---\n\n')}, range: here[0].range}
}

function explain({message}: LocatedMessage): string {
  const rule = message.url ? `[${message.ruleId}](${message.url})` : `\`${message.ruleId}\``
  const lines = [`**slant** ${rule} (${message.severity})`, escapeMarkdown(message.message)]
  if (message.note) lines.push(`*Why:* ${escapeMarkdown(message.note)}`)
  if (message.expected.length > 0) lines.push(`*Suggestions:* ${escapeMarkdown(alternatives(message.expected))}`)
  if (message.citation) lines.push(`*Source:* ${citationLink(message.citation)}`)
  return lines.join('\n\n')
}

/** Citations end in their URL when they have one: "Title, https://…". */
function citationLink(citation: string): string {
  const match = /^(.*?)[,;]?\s*(https?:\/\/\S+)$/.exec(citation)
  if (!match) return escapeMarkdown(citation)
  const title = match[1] || match[2]
  return `[${escapeMarkdown(title)}](${match[2].replace(/[()]/g, encodeURIComponent)})`
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&')
}
