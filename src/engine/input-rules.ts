/**
 * Rules slant reports about its input rather than its prose. They come from code, not packs,
 * and are listed here so the rule catalogue documents every id a report can carry.
 */
export const inputRules = {
  'parse-error': {
    severity: 'error',
    description:
      'The markup could not be read past this point (nesting deeper than slant follows, or broken MDX, which is then read as Markdown). The prose after it may be unchecked, so the check fails.'
  },
  binary: {
    severity: 'warning when the file is named, info when a directory or glob found it',
    description: 'The file holds NUL or control bytes: it is not prose, and is skipped.'
  },
  'invalid-utf8': {
    severity: 'info',
    description:
      'Some bytes are not UTF-8 (a Latin-1 or Windows-1252 file?). They are read as U+FFFD, the rest is linted, and the message names the first bad byte.'
  },
  'file-too-large': {
    severity: 'warning when the file is named, info when a directory or glob found it',
    description: 'The file is over `--max-file-size` (10 MB unless set) and is skipped unread.'
  },
  'unused-disable': {
    severity: 'info (set it under `rules` like any rule)',
    description: 'An inline `slant-disable` comment silenced nothing: the wording it was for has changed, or the rule id is wrong.'
  }
} as const

export type InputRuleId = keyof typeof inputRules
