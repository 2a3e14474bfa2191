// What the account and class operations say to people, in English and Korean. Failures that could
// tell an attacker something (which logins exist, whether an account is locked) share one message.
import type { Text } from '../../landscapes/types';

export type { Text };

export const MESSAGES = {
	loginFailed: {
		en: "That login and password don't match, or too many tries: wait a minute and try again.",
		ko: '아이디와 비밀번호가 맞지 않거나 시도가 너무 많았어요. 잠시 기다렸다가 다시 해 보세요.'
	},
	loginInvalid: {
		en: 'Enter your login as an e-mail address, like name@school.example.',
		ko: '아이디는 name@school.example 같은 이메일 주소 형식으로 적어 주세요.'
	},
	loginTaken: {
		en: 'There is already an account with this login. Log in instead?',
		ko: '이 아이디로 만든 계정이 이미 있어요. 로그인해 보시겠어요?'
	},
	passwordTooShort: {
		en: 'Use at least 10 characters. A few words with spaces make a good password.',
		ko: '10자 이상으로 정해 주세요. 띄어쓰기를 넣은 몇 단어도 좋은 비밀번호예요.'
	},
	passwordTooLong: {
		en: 'Use at most 256 characters.',
		ko: '256자 이하로 정해 주세요.'
	},
	passwordTooSimple: {
		en: 'This password is too easy to guess. Try a few words that belong together only for you.',
		ko: '너무 쉽게 짐작할 수 있는 비밀번호예요. 나만 아는 단어 몇 개를 이어 보세요.'
	},
	tooManyTries: {
		en: 'Too many tries from here. Wait a moment, then try again.',
		ko: '여기에서 너무 많이 시도했어요. 잠시 기다렸다가 다시 해 보세요.'
	},
	joinCodeUnknown: {
		en: 'There is no class with this code. Check it with your teacher.',
		ko: '이 코드로 된 반이 없어요. 선생님께 코드를 다시 확인해 보세요.'
	},
	joinCodeExpired: {
		en: 'This class code has expired. Ask your teacher for a new one.',
		ko: '이 반 코드는 기간이 지났어요. 선생님께 새 코드를 받아 주세요.'
	},
	classLocked: {
		en: 'This class is not taking new members right now. Ask your teacher.',
		ko: '지금은 이 반에 새로 들어갈 수 없어요. 선생님께 여쭤 보세요.'
	},
	displayNameInvalid: {
		en: 'Type a name of 1 to 30 characters.',
		ko: '이름을 1자에서 30자 사이로 적어 주세요.'
	},
	displayNameTaken: {
		en: 'Someone in this class already uses this name. Add a letter or pick another.',
		ko: '이 반에 같은 이름이 이미 있어요. 글자를 덧붙이거나 다른 이름을 골라 주세요.'
	},
	signInCodeInvalid: {
		en: 'Type the four words from your card, like river-candle-tiger-plum.',
		ko: '카드에 적힌 네 단어를 river-candle-tiger-plum처럼 적어 주세요.'
	},
	signInCodeUnknown: {
		en: 'These words do not match a card. Check them, or ask your teacher for a new card.',
		ko: '이 단어들과 맞는 카드가 없어요. 다시 확인하거나 선생님께 새 카드를 받아 주세요.'
	},
	approvalPending: {
		en: 'You are in! Your teacher still has to let you into the class.',
		ko: '반에 들어왔어요! 선생님이 허락하면 시작할 수 있어요.'
	},
	notFound: {
		en: 'That was not found among your classes.',
		ko: '선생님의 반에서 찾을 수 없어요.'
	},
	classNameInvalid: {
		en: 'Give the class a name of 1 to 60 characters.',
		ko: '반 이름을 1자에서 60자 사이로 적어 주세요.'
	}
} as const satisfies Record<string, Text>;
