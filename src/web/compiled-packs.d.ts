declare module 'slant:builtin-packs' {
  const packs: Record<string, unknown>
  export default packs
}
