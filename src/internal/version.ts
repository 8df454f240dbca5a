/** The package version, put in by the build (and the test runner and Storybook) from package.json. */
export const VERSION: string = __VERSION__;
