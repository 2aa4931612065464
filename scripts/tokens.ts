// Prints wink's reading of a sentence, token by token (value, lemma, part of speech, type): for
// developers writing a frame rule. `npx tsx scripts/tokens.ts "TEXT"`
import { analyse } from '../src/engine/nlp';
const an = analyse(process.argv[2] ?? '');
an.values.forEach((v, i) => console.log(i, v, an.lemmas[i], an.pos[i], an.types[i]));
