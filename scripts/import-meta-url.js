// esbuild inject: import.meta.url inside a CommonJS bundle.
export const import_meta_url = require('node:url').pathToFileURL(__filename).href;
