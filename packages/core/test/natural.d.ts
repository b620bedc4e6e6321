// natural is CommonJS without per-module types: declare the two modules the oracle tests import
// directly (importing `natural` whole would load database clients and dotenv).
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function jaroWinkler(a: string, b: string, dt?: number, ignoreCase?: boolean): number;
  export default jaroWinkler;
}
