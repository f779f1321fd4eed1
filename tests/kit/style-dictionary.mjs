// Builds CSS custom properties from a DTCG tokens file with Style Dictionary (npm), as a web team would.
// Usage: SD_DIR=<folder with node_modules/style-dictionary> node style-dictionary.mjs TOKENS.json OUT_DIR
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [tokens, out] = process.argv.slice(2);
const entry = join(process.env.SD_DIR, 'node_modules', 'style-dictionary', 'lib', 'StyleDictionary.js');
const { default: StyleDictionary } = await import(pathToFileURL(entry).href);
const sd = new StyleDictionary({
  source: [tokens],
  usesDtcg: true,
  log: { verbosity: 'verbose', warnings: 'error', errors: { brokenReferences: 'throw' } },
  platforms: {
    css: {
      transformGroup: 'css',
      buildPath: out.endsWith('/') ? out : out + '/',
      files: [{ destination: 'variables.css', format: 'css/variables' }],
    },
  },
});
await sd.buildAllPlatforms();
