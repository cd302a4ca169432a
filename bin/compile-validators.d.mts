// Types of bin/compile-validators.mjs, for the test that checks the generated validators against their schemas.
export declare const GENERATED: string;
export declare const AJV_OPTIONS: Record<string, boolean>;
export declare function validatorsCode(kinds: readonly { name: string; schema: object }[]): string;
