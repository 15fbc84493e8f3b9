import {defineConfig} from 'vitest/config'
import {SkipSummary} from './test/skip-summary.js'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', new SkipSummary()],
    testTimeout: 60_000
  }
})
