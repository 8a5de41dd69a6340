/**
 * Version of the engine, stored with every result so a run can be reproduced
 * by the engine that made it. Kept equal to package.json's version (a test checks).
 */
export const ENGINE_VERSION = '0.7.0';
