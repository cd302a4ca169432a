// Types of bin/precompile-templates.mjs, for the test that checks the precompiled templates against templates/.
export declare const GENERATED: string;
export declare function templatesCode(folder: string): Promise<string>;
