import {extname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {formatOf, proseExtensions, type Format} from '../source/format.js'

// Language ids as VS Code, Neovim (filetypes), Helix and Eglot (configured in editors/) send them.
const byLanguageId: Record<string, Format> = {
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
  plaintext: 'text',
  text: 'text'
}

/** The file a document URI names, or undefined for unsaved and remote documents. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/** The format to lint a document as, by language id, else by extension; undefined when it is not prose. */
export function documentFormat(languageId: string, uri: string): Format | undefined {
  const byId = byLanguageId[languageId.toLowerCase()]
  if (byId) return byId
  const path = pathOfUri(uri) ?? uri
  return proseExtensions.includes(extname(path).toLowerCase()) ? formatOf(path) : undefined
}
