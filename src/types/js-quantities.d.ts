// The part of js-quantities' API that units.ts uses (the package ships no types).
declare module 'js-quantities' {
  interface Qty {
    scalar: number;
    kind(): string;
    to(unit: string): Qty;
  }
  function Qty(value: number, unit: string): Qty;
  function Qty(unit: string): Qty;
  export = Qty;
}
