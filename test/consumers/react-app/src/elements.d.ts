// The three-line hookup from the README: the package's element types, in React's JSX.
import type { HTMLAttributes, Ref } from 'react';
import type { StemCellExplainersElements } from 'stem-cell-explainers';

type Elements = {
  [K in keyof StemCellExplainersElements]: HTMLAttributes<HTMLElement> &
    StemCellExplainersElements[K] & { ref?: Ref<HTMLElementTagNameMap[K]> };
};

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
    interface IntrinsicElements extends Elements {}
  }
}
