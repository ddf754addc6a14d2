/**
 * The one platform API shared/ relies on: Web Crypto's getRandomValues, present in browsers,
 * in Electron's renderer and in Node ≥ 19 as globalThis.crypto. Declared here because shared/
 * compiles without DOM or Node typings, to keep it pure.
 */
declare var crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
