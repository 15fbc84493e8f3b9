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
  return (path && byExtension[extensionOf(path).toLowerCase()]) || 'text'
}

// As Node's extname: from the last dot of the file's name, unless the name starts with it (".md").
function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot) : ''
}
