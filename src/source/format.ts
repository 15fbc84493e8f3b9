import {extname} from 'node:path'
import {htmlProse} from './html.js'
import {markdownProse} from './markdown.js'
import {verbatimProse, type Prose} from './prose.js'

export type Format = 'markdown' | 'mdx' | 'html' | 'text'

export const formats: readonly Format[] = ['markdown', 'mdx', 'html', 'text']

const byExtension: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.mdx': 'mdx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text'
}

export const proseExtensions = Object.keys(byExtension)

/** The format of a file, from its extension; unknown extensions are plain text. */
export function formatOf(path: string | undefined): Format {
  return (path && byExtension[extname(path).toLowerCase()]) || 'text'
}

export function extractProse(source: string, format: Format): Prose {
  switch (format) {
    case 'markdown':
      return markdownProse(source, false)
    case 'mdx':
      return markdownProse(source, true)
    case 'html':
      return htmlProse(source)
    case 'text':
      return verbatimProse(source)
  }
}
