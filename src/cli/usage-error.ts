/** A mistake in how slant was called or configured: one line on stderr, exit code 2. */
export class UsageError extends Error {
  name = 'UsageError'
}
