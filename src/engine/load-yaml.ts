import {createRequire} from 'node:module'

// Node only. Start-up reads slant's own packs as JSON parsed at build time, so the yaml package is
// loaded only when a user's pack or configuration file must be parsed.
const require = createRequire(import.meta.url)

/** The yaml package, loaded on first use. */
export const loadYaml = () => require('yaml') as typeof import('yaml')
