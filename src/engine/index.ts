// Public face of the engine: pure TypeScript, no editor API and no file I/O.
export * from './types';
export { extractClaims, warmUp, ENGINE_VERSION } from './extract';
export { loadModel, unloadModel } from './nlp';
export { CheckWorkspace } from './workspace';
export { Readings } from './readings';
export { withAgreeing } from './figureFinding';
