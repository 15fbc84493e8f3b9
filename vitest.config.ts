import {defineConfig} from 'vitest/config'
import {SkipSummary} from './test/skip-summary.js'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/node-packs.ts'],
    reporters: ['default', new SkipSummary()],
    // Test files share a worker's loaded modules (they keep no state between them), and use every
    // core: by default Vitest keeps one for itself, which on two cores runs the files one at a time.
    isolate: false,
    maxWorkers: '100%',
    // A loaded CI runner can take longer than Vitest's 10 s to start Chromium or Neovim in a hook.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
