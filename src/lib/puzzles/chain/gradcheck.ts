// The gradient-check tier: the exact derivative against the centred difference, first one step by
// hand, then a table of steps h = 10⁰ … 10⁻¹² to see why h must be neither too large nor too small.
import type { TierDef } from '../types';
import { CENTRED } from './gradcheck-centred';
import { CHOOSE_H } from './gradcheck-step';

export const GRADCHECK_TIER: TierDef = {
	id: 'gradcheck',
	title: { en: 'Gradient check', ko: '기울기 검사' },
	intro: {
		en: 'A derivative from the rules is exact; a numerical gradient (f(x+h) − f(x−h)) / 2h only approximates it. Comparing the two catches bugs in code that computes gradients, if h is chosen well.',
		ko: '미분 규칙으로 구한 도함수는 정확하고, 수치 기울기 (f(x+h) − f(x−h)) / 2h는 그 근삿값일 뿐입니다. 둘을 비교하면 기울기를 계산하는 코드의 버그를 잡을 수 있습니다. 단, h를 잘 골라야 합니다.'
	},
	puzzles: [CENTRED, CHOOSE_H]
};
