export const version: string;
export function buildDefines(): { __VERSION__: string; __BUILD_DATA__: string };
