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
/** sha256 (hex) of each built-in schema's canonical JSON, by export name. */
export declare const builtinDigests: Record<string, string>;
