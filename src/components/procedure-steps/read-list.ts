// The steps' content reader: in its per-element CDN file (src/cdn/procedure-steps.ts) and the all-in-one
// file; imported by an app's bundle when the element has content to read (a JSON child, fallback
// markup or `steps`).
import type { ProcedureStep } from '../../content/types.js';
import { contentReader, nodesToBlocks, plainTextOf } from '../../internal/content-reader.js';
import { stepChecks } from '../../internal/validate.js';

/**
 * Fallback `<ol>` markup read as steps: each `<li id>` holds a heading (the title), a paragraph
 * (the summary), then the details. The form dist/snippets and the builder write; WordPress keeps it.
 * A step's mark ("Done", "You are here": `data-step-state`) and the culture step's dose link
 * (`data-step-dose`) are the element's to draw, from `current` and `dose-link`, so not read.
 */
const readList = (host: Element): ProcedureStep[] | undefined => {
  const items = host.querySelectorAll(':scope > ol > li');
  if (!items.length) return undefined;
  return [...items].map((li, i) => {
    const [title, summary, ...rest] = [...li.children].filter((block) => !block.matches('[data-step-state], [data-step-dose]'));
    return { id: li.id || `step-${i + 1}`, title: plainTextOf(title), summary: plainTextOf(summary), details: nodesToBlocks(rest) };
  });
};

/** How the steps read and check an editor's steps. */
export const stepsReader = contentReader<ProcedureStep>(stepChecks, readList);
