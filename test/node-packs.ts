// Tests run the engine in Node, as the package's entry does: slant's own packs come from rules/.
import '../src/engine/packs.js'
