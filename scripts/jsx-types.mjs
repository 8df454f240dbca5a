// Writes src/jsx.ts, the JSX types of the three elements, from custom-elements.json: the manifest
// (made from the elements' own JSDoc and properties) is the one home for attributes, properties and
// events. `node scripts/jsx-types.mjs --check` fails when src/jsx.ts is stale (a test runs it).
import { readFileSync } from 'node:fs';
import { writeOrCheck } from './generated-file.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const BUILTIN = new Set(['Partial', 'CustomEvent', 'readonly', 'string', 'number', 'boolean', 'undefined']);

const imports = new Set();
/** A manifest type as a JSX prop type: optional props drop `undefined`, booleans also take `''`. */
function propType(text = 'unknown') {
  for (const name of text.match(/\b[A-Z]\w*/g) ?? []) if (!BUILTIN.has(name)) imports.add(name);
  const parts = text.split(' | ').filter((t) => t !== 'undefined');
  if (parts.includes('boolean')) parts.push("''");
  return parts.join(' | ');
}

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((d) => {
    const attrs = (d.attributes ?? []).map((a) => `    '${a.name}'?: ${propType(a.type?.text)};`);
    const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName));
    const props = (d.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && !attributeFields.has(m.name))
      .map((m) => `    ${m.name}?: ${propType(m.type?.text)};`);
    const events = (d.events ?? []).map((e) => `    'on${e.name}'?: (event: ${propType(e.type?.text)}) => void;`);
    return `  '${d.tagName}': {\n${[...attrs, ...props, ...events].join('\n')}\n  };`;
  });

const source = `// Generated from custom-elements.json by scripts/jsx-types.mjs (npm run jsx): do not edit.
import type { ${[...imports].sort().join(', ')} } from './index.js';

/**
 * The attributes, properties and events of the three elements, for typing JSX (React 19, Preact,
 * Solid). Events use React 19's \`on\` + event name form. See docs/embedding.md (In an app) for the three-line hookup.
 */
export interface StemCellExplainersElements {
${elements.join('\n')}
}
`;

writeOrCheck('src/jsx.ts', source, 'npm run build && npm run jsx');
