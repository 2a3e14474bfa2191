// A round of "which derivative?" questions from one seed: every form of the generator in turn,
// each question with its own seed drawn from the round's, so a link (?seed=) replays the round.
import type { Generator, Question } from '$lib/puzzles/quiz/types';

export const ROUND_SIZE = 6;

/** splitmix32's finaliser: a well-spread 32-bit seed for question `i` of round `seed`. */
export function questionSeed(seed: number, i: number): number {
	let z = (seed + Math.imul(i + 1, 0x9e3779b9)) >>> 0;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
	return (z ^ (z >>> 16)) >>> 0;
}

export function makeRound(generator: Generator, seed: number, size = ROUND_SIZE): Question[] {
	const { forms } = generator;
	return Array.from({ length: size }, (_, i) =>
		generator.make(forms[(seed + i) % forms.length], questionSeed(seed, i))
	);
}
