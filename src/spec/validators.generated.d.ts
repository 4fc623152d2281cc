// Types of the generated standalone validators (scripts/gen-validators.mjs).
import type { ValidateFunction } from 'ajv';

export declare const validateStanza: ValidateFunction;
export declare const validateFlow: ValidateFunction;
export declare const validateEnum: ValidateFunction;
export declare const validateTechnique: ValidateFunction;
export declare const validateGlossary: ValidateFunction;
export declare const validateCapture: ValidateFunction;
export declare const validateContributor: ValidateFunction;
export declare const validateFlavor: ValidateFunction;
export declare const validatePart: ValidateFunction;
/** Each built-in schema as parsed from its file, by export name (JSON.stringify gives its canonical JSON). Never mutated. */
export declare const builtinSchemas: Record<string, unknown>;
