/**
 * A model the engine is given rather than reads, built from its data on first use. The engine
 * reads no files: in Node a module beside the model's file provides it; the browser bundle
 * compiles it in or leaves it out.
 */
export class ProvidedModel<Data, Built> {
  private read: (() => Data) | undefined
  private built: Built | undefined

  constructor(
    private readonly build: (data: Data) => Built,
    private readonly missing: () => Error
  ) {}

  /** Give the engine the model's data, read when the model is first needed. */
  provide(read: () => Data) {
    this.read = read
    this.built = undefined
  }

  /** The model, built from its data the first time it is asked for. */
  get(): Built {
    if (this.built === undefined) {
      if (!this.read) throw this.missing()
      this.built = this.build(this.read())
    }
    return this.built
  }
}
