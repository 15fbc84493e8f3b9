import {readFileSync} from 'node:fs'
import type {SlantMessage} from '../src/index.js'

export const putinKimPath = new URL('../../shared/fixtures/putin-kim-visit.txt', import.meta.url)
export const putinKim = () => readFileSync(putinKimPath, 'utf8')

/** The source text a message's range points at (1-based lines and columns, end exclusive). */
export function textAt(source: string, message: Pick<SlantMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const text = source.replace(/^\uFEFF/, '')
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  const start = lineStarts[message.line - 1] + message.column - 1
  const end = lineStarts[message.endLine - 1] + message.endColumn - 1
  return text.slice(start, end)
}

export const warningsAndErrors = (messages: SlantMessage[]) => messages.filter((message) => message.severity !== 'info')
