// text-readability ships no types; the benchmark only calls these scoring methods.
declare module 'text-readability' {
  type Score = (text: string) => number;
  const readability: {
    fleschReadingEase: Score;
    fleschKincaidGrade: Score;
    gunningFog: Score;
    smogIndex: Score;
    colemanLiauIndex: Score;
    automatedReadabilityIndex: Score;
    daleChallReadabilityScore: Score;
    lix: Score;
  };
  export default readability;
}
