import { describe, expect, it } from 'vitest';
import { WORDS } from './words';

describe('the sign-in word list', () => {
	it('has at least 1024 different short lower-case words, sorted', () => {
		expect(new Set(WORDS).size).toBe(WORDS.length);
		expect(WORDS.length).toBeGreaterThanOrEqual(1024);
		for (const w of WORDS) expect(w).toMatch(/^[a-z]{3,8}$/);
		expect([...WORDS].sort()).toEqual(WORDS);
	});

	it('has no word that is another word’s plural', () => {
		const set = new Set(WORDS);
		expect(WORDS.filter((w) => set.has(`${w}s`) || set.has(`${w}es`))).toEqual([]);
	});

	it('leaves out words that are rude, scary, unkind next to a name, or easily misheard', () => {
		const never = [
			// unkind about a child, or a body word
			'fat',
			'ugly',
			'dumb',
			'stupid',
			'lazy',
			'slow',
			'silly',
			'weird',
			'loser',
			'pig',
			'cow',
			'donkey',
			'monkey',
			'ape',
			'rat',
			'snake',
			'baby',
			'bottom',
			'butt',
			'poop',
			'fart',
			// violent or frightening
			'kill',
			'dead',
			'die',
			'blood',
			'gun',
			'bomb',
			'war',
			'knife',
			'ghost',
			'skull',
			// drugs, slang
			'drug',
			'weed',
			'pot',
			'beer',
			'wine',
			'sexy',
			'kiss',
			// one of a pair of homophones
			'bear',
			'bare',
			'flour',
			'sea',
			'see',
			'pear',
			'pair',
			'night',
			'knight',
			'four',
			'for',
			// British/American spellings
			'color',
			'colour',
			'gray',
			'grey',
			'theater',
			'theatre',
			'harbor',
			'harbour'
		];
		expect(WORDS.filter((w) => never.includes(w))).toEqual([]);
	});
});
