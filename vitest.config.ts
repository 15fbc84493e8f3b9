import {BaseSequencer, type TestSpecification} from 'vitest/node'
import {defineConfig} from 'vitest/config'
import {SkipSummary} from './test/skip-summary.js'

// The install tests (npm, pre-commit) wait on installs for most of a minute each: started first,
// they overlap the rest of the suite. Without timings from an earlier run, Vitest would start them late.
class InstallsFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const installs = (file: TestSpecification) => file.moduleId.includes('/test/install/')
    return [...sorted.filter(installs), ...sorted.filter((file) => !installs(file))]
  }
}

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
    hookTimeout: 60_000,
    sequence: {sequencer: InstallsFirst},
    // The build is plain JavaScript for Node, as users load it: imported natively, not through
    // Vite's transform, which takes seconds over the 3 MB browser bundle.
    server: {deps: {external: [/\/dist\//]}}
  }
})
