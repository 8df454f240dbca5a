/** The package version, replaced at build time (rollup), test time (web-test-runner) and in Storybook (Vite). */
declare const __VERSION__: string;
