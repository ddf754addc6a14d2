/**
 * The platform APIs shared/ relies on, present in browsers, in Electron's renderer and in Node
 * (≥ 19 for globalThis.crypto, ≥ 16 for atob/btoa): Web Crypto's getRandomValues and base64.
 * Declared here because shared/ compiles without DOM or Node typings, to keep it pure.
 */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
declare function atob(data: string): string;
declare function btoa(data: string): string;
