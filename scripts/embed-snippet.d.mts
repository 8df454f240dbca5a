export declare const cdnBase: (version: string) => string;
export declare function scriptTag(options: { version: string; integrity: Record<string, string>; file?: string; base?: string }): string;
export declare function elementTag(tag: string, attributes?: Record<string, string | boolean | undefined>): string;
