// The one-line summaries of a verdict, in English and Korean, for the learner's feedback and the
// teacher's table. Reasons for a rejection come from the checks in English (they name fields).
import type { PlayResult, Text } from '../levels';

const stars = (n: number): Text => ({
	en: `${n} of 3 stars`,
	ko: `별 3개 중 ${n}개`
});

export const say = {
	rejected(reason: string): Text {
		return {
			en: `Not accepted: ${reason}`,
			ko: `인정되지 않았습니다: ${reason}`
		};
	},
	level(result: PlayResult): Text {
		const n = result.stepsUsed;
		if (result.goalReached) {
			const s = stars(result.stars);
			return {
				en: `Reached the goal in ${n} ${n === 1 ? 'step' : 'steps'} (${s.en}).`,
				ko: `${n}걸음 만에 목표에 도착했습니다 (${s.ko}).`
			};
		}
		const why = result.analysis.message;
		return {
			en: `Did not reach the goal after ${n} ${n === 1 ? 'step' : 'steps'}. ${why.en}`,
			ko: `${n}걸음을 걸었지만 목표에 도착하지 못했습니다. ${why.ko}`
		};
	},
	puzzle(correct: number, total: number, solved: boolean): Text {
		if (solved)
			return { en: `Solved: all ${total} right.`, ko: `풀었습니다: ${total}칸 모두 정답.` };
		return {
			en: `${correct} of ${total} right.`,
			ko: `${total}칸 중 ${correct}칸 정답.`
		};
	},
	quiz(status: 'correct' | 'wrong' | 'unreadable'): Text {
		if (status === 'correct') return { en: 'Correct.', ko: '정답입니다.' };
		if (status === 'wrong') return { en: 'Not correct.', ko: '틀렸습니다.' };
		return { en: 'The answer could not be read.', ko: '답을 읽을 수 없었습니다.' };
	}
};
