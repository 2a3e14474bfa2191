// A round's questions, made as the learner reaches them: each one waits for its generator's code
// (and whatever else showing it needs, such as KaTeX); the page asks for the next one ahead while
// the current one's explanation is read, so "Next" rarely waits, and a fresh page downloads only
// what its first question needs. Code that cannot be fetched rejects with a QuizLoadError (the page offers to try
// again); a generator that throws is a bug: that pick is dropped, logged, and the next takes its place.
import { loadKatex as loadFormulas } from '$lib/components/katex-client';
import { QuizLoadError } from '$lib/puzzles/quiz/load';
import type { RoundPick } from '$lib/puzzles/quiz/mastery';
import type { Question } from '$lib/puzzles/quiz/types';

export type LoadQuestion = (id: string, seed: number) => Promise<Question>;

export class RoundQuestions {
	readonly #picks: RoundPick[];
	readonly #load: LoadQuestion;
	readonly #alongside: () => Promise<unknown>;
	readonly #pending = new Map<RoundPick, Promise<Question>>();
	#ready: Promise<unknown> | null = null;
	readonly #report: (error: unknown) => void;

	/**
	 * `alongside` is loaded before the first question is handed out (once it has worked; a failure
	 * is a QuizLoadError like a generator's). `report` hears of broken picks (default console.error).
	 */
	constructor(
		picks: readonly RoundPick[],
		load: LoadQuestion,
		alongside: () => Promise<unknown> = () => Promise.resolve(),
		report: (error: unknown) => void = console.error
	) {
		this.#picks = [...picks];
		this.#load = load;
		this.#alongside = alongside;
		this.#report = report;
	}

	/** Questions in the round so far: the picks, less any whose generator turned out broken. */
	get total(): number {
		return this.#picks.length;
	}

	/**
	 * Question `index`, or null when the round has no question there (it ended, or every pick left
	 * was broken). Rejects only with a QuizLoadError; calling again tries the download again.
	 */
	async at(index: number): Promise<Question | null> {
		// The question's code downloads while `alongside` does, not after it. That very download is
		// awaited below (a failed one is forgotten at once, so asking again would start another).
		const pick: RoundPick | undefined = this.#picks[index];
		let first: Promise<Question> | undefined = pick && this.#question(pick);
		first?.catch(() => {}); // handled below, once `alongside` is ready
		await this.#beside();
		while (index < this.#picks.length) {
			try {
				return await (first ?? this.#question(this.#picks[index]));
			} catch (error) {
				if (error instanceof QuizLoadError) throw error;
				this.#report(error);
				this.#picks.splice(index, 1);
				first = undefined;
			}
		}
		return null;
	}

	/**
	 * Starts loading question `index` ahead of time, and what it needs beside it; a failure waits
	 * until it is asked for.
	 */
	ahead(index: number): void {
		const pick = this.#picks[index];
		if (!pick) return;
		this.#question(pick).catch(() => {});
		this.#beside().catch(() => {});
	}

	/**
	 * Question `index` is already made (the server rendered it with the page): `at(index)` hands
	 * it over without loading its generator. Only for the pick it was made from.
	 */
	made(index: number, question: Question): void {
		const pick = this.#picks[index];
		if (!pick || pick.id !== question.id || pick.seed !== question.seed)
			throw new Error(`Question ${question.id} (seed ${question.seed}) is not pick ${index}`);
		this.#pending.set(pick, Promise.resolve(question));
	}

	#beside(): Promise<unknown> {
		this.#ready ??= this.#alongside().catch((error: unknown) => {
			this.#ready = null;
			throw error;
		});
		return this.#ready;
	}

	#question(pick: RoundPick): Promise<Question> {
		let pending = this.#pending.get(pick);
		if (!pending) {
			pending = this.#load(pick.id, pick.seed);
			// A failed download is forgotten (so it is tried again); a made question is kept.
			pending.catch((error: unknown) => {
				if (error instanceof QuizLoadError) this.#pending.delete(pick);
			});
			this.#pending.set(pick, pending);
		}
		return pending;
	}
}

/** KaTeX for the round's formulas, loaded before the first question so none shows up empty. */
export function loadKatex(): Promise<unknown> {
	return loadFormulas().catch((cause: unknown) => {
		throw new QuizLoadError('KaTeX', { cause });
	});
}
