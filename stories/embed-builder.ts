// The "Docs → Embed code" page's element: the same builder as demo/builder.html (one implementation, two homes).
// Imported for its side effect (it defines <sce-embed-builder>); ./builder/*.ts is in package.json's sideEffects.
import '../builder/embed-builder.js';

export { EmbedBuilder } from '../builder/embed-builder.js';
