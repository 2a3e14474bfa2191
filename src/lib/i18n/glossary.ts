// The curriculum's key terms, in English and Korean side by side (CURRICULUM.md asks for both).
// Both languages show in either locale, so this is data rather than a message catalogue.

export interface Term {
	en: string;
	ko: string;
}

export const GLOSSARY: readonly Term[] = [
	{ en: 'loss function', ko: '손실 함수' },
	{ en: 'gradient', ko: '기울기 (그래디언트)' },
	{ en: 'gradient descent', ko: '경사하강법' },
	{ en: 'learning rate', ko: '학습률' },
	{ en: 'backpropagation', ko: '역전파' },
	{ en: 'chain rule', ko: '연쇄 법칙' },
	{ en: 'computational graph', ko: '계산 그래프' },
	{ en: 'mini-batch', ko: '미니 배치' },
	{ en: 'epoch', ko: '에포크' },
	{ en: 'activation function', ko: '활성화 함수' },
	{ en: 'vanishing gradient', ko: '기울기 소실' },
	{ en: 'local minimum', ko: '지역 최솟값' },
	{ en: 'saddle point', ko: '안장점' },
	{ en: 'Hessian matrix', ko: '헤세 행렬' },
	{ en: "Newton's method", ko: '뉴턴 방법' },
	{ en: 'regularization', ko: '정규화' }
];
