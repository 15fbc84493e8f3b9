import {extname} from 'node:path'

// Kept apart from the parsers, so finding files loads none of them.
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
