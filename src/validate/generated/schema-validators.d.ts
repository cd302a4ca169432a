// The standalone validators bin/compile-validators.mjs generates (schema-validators.js), one per kind of data file.
import type { ValidateFunction } from 'ajv';

export declare const catalogue: ValidateFunction;
export declare const agency: ValidateFunction;
export declare const results: ValidateFunction;
export declare const targets: ValidateFunction;
export declare const units: ValidateFunction;
export declare const scoring: ValidateFunction;
export declare const unit_results: ValidateFunction;
export declare const titles: ValidateFunction;
export declare const council: ValidateFunction;
