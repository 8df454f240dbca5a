// The "Docs → Embed code" page's element: the same builder as demo/builder.html (one implementation, two homes).
export { EmbedBuilder } from '../builder/embed-builder.js';
