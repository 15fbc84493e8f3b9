import type {EqualityPattern} from './equality-index.js'

// The package exports no patterns; read them from the file beside its entry point. The browser
// bundle replaces this module with that file, found when it is built (src/web/build-web.ts).
export const {patterns: equalityPatterns} = (await import(new URL('patterns-en.js', import.meta.resolve('retext-equality')).href)) as {
  patterns: EqualityPattern[]
}
