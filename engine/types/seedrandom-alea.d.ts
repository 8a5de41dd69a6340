// seedrandom ships its generators as separate CommonJS files; the engine imports
// Alea alone so that nothing reaches for Node's crypto module (engine/ stays pure).
declare module 'seedrandom/lib/alea.js' {
  interface AleaPrng {
    (): number;
    double(): number;
    int32(): number;
  }
  function alea(seed: string): AleaPrng;
  export default alea;
}
