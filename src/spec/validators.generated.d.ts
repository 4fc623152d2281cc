// Types of the generated standalone validators (scripts/gen-validators.mjs).
import type { ValidateFunction } from 'ajv';

export declare const validateStanza: ValidateFunction;
export declare const validateFlow: ValidateFunction;
export declare const validateEnum: ValidateFunction;
export declare const validateTechnique: ValidateFunction;
export declare const validateGlossary: ValidateFunction;
export declare const validateCapture: ValidateFunction;
