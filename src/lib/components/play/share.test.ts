// Share links: a run or a race survives the URL bit for bit, stays readable and stable, and a
// forged, stale or broken link is refused with one clear message per problem, never a throw.
import { describe, expect, it } from 'vitest';
import { getLevel, runLevel, type Level, type RunSettings } from '$lib/levels';
import {
	decodeShare,
	encodeRacer,
	encodeShare,
	formatNumber,
	parseNumber,
	shareQuery,
	shareRuns,
	type Share
} from './share';

const first = getLevel('first-step');
/** A level that allows every advanced control, on a real-data map with mini-batches (w1, w2). */
const open: Level = {
	...getLevel('noisy-steps'),
	schedule: true,
	switchTo: true,
	optimizers: [
		{ name: 'gd', lr: [1e-7, 2] },
		{ name: 'momentum', lr: [1e-7, 2], momentum: [0, 0.99] },
		{ name: 'adam', lr: [1e-7, 1], beta1: [0, 0.999], beta2: [0, 0.9999], eps: [0, 1] }
	]
};
const openVars = ['w1', 'w2'];
const bits = (x: number) => new BigUint64Array(new Float64Array([x]).buffer)[0];
const params = (query: string) => new URLSearchParams(query);
const problemsOf = (query: string, level: Level = first) => {
	const result = decodeShare(params(query), level);
	return result.ok ? [] : result.problems;
};

describe('numbers', () => {
	const awkward = [
		0.1 + 0.2,
		1e-7,
		1 / 3,
		-0,
		1e21,
		5e-324,
		Number.MAX_VALUE,
		-2.5e-308,
		123456789.123
	];
	it('print as text that reads back as the identical double', () => {
		for (const x of awkward) {
			const text = formatNumber(x);
			expect(parseNumber(text)).not.toBeUndefined();
			expect(bits(parseNumber(text) as number)).toBe(bits(x));
		}
		expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
		expect(formatNumber(-0)).toBe('-0');
	});

	it('refuse what is not a plain finite decimal', () => {
		for (const text of ['', ' ', '0x10', '1e999', 'Infinity', 'NaN', '1,5', '--1', '1e', '.'])
			expect(parseNumber(text)).toBeUndefined();
		expect([parseNumber('.5'), parseNumber('5.'), parseNumber('+1e+2')]).toEqual([0.5, 5, 100]);
		expect(() => formatNumber(Number.NaN)).toThrow();
	});
});

describe('encodeShare and decodeShare', () => {
	it('write a readable, stable link that decodes to the same run', () => {
		const share: Share = { seed: 0, start: { w: -3 }, racers: [{ name: 'gd', lr: 0.4 }] };
		const link = encodeShare(share, 1, ['w']);
		expect(shareQuery(link)).toBe('?v=1&seed=0&at=-3&r=gd;lr=0.4');
		expect(params(shareQuery(link)).toString()).toBe(link.toString());
		expect(decodeShare(params(shareQuery(link)), first)).toEqual({ ok: true, share });
	});

	it('carry a four-racer race with every control, bit for bit', () => {
		const racers: RunSettings[] = [
			{
				name: 'gd',
				lr: 0.1 + 0.2,
				batchSize: 8,
				schedule: { kind: 'step', every: 10, gamma: 0.5 }
			},
			{
				name: 'momentum',
				lr: 1e-7,
				momentum: 0.9 - 1e-12,
				schedule: { kind: 'cosine', total: 100 }
			},
			{
				name: 'adam',
				lr: 1 / 3,
				beta1: 0.8,
				eps: 1e-300,
				schedule: { kind: 'cosine', total: 40, minLr: 1e-5 },
				switchTo: { after: 20, settings: { name: 'momentum', lr: 0.05, momentum: 0.5 } }
			},
			{
				name: 'gd',
				lr: 2 / 3,
				schedule: { kind: 'constant' },
				switchTo: { after: 0, settings: { name: 'gd', lr: 0.7 } }
			}
		];
		const share: Share = { seed: -123456789, start: { ...open.reference.start }, racers };
		const link = encodeShare(share, open.version, openVars);
		const decoded = decodeShare(params(shareQuery(link)), open);
		expect(decoded).toEqual({ ok: true, share });
		if (!decoded.ok) return;
		expect(bits(decoded.share.racers[0].lr)).toBe(bits(0.1 + 0.2));
		expect(bits(decoded.share.racers[1].momentum as number)).toBe(bits(0.9 - 1e-12));
		expect(encodeShare(decoded.share, open.version, openVars).toString()).toBe(link.toString());
		expect(encodeRacer(racers[2])).toBe(
			'adam;lr=0.3333333333333333;beta1=0.8;eps=1e-300;schedule=cosine:40:0.00001;switch=20:momentum:lr=0.05:momentum=0.5'
		);
	});

	it('replays the identical path through shareRuns', () => {
		const share: Share = { seed: 7, start: { w: -3 }, racers: [{ name: 'gd', lr: 0.1 + 0.2 }] };
		const decoded = decodeShare(encodeShare(share, 1, ['w']), first);
		if (!decoded.ok) throw new Error(decoded.problems.join('\n'));
		const [run] = shareRuns(decoded.share, first);
		expect(run).toEqual({
			levelId: 'first-step',
			version: 1,
			settings: share.racers[0],
			start: { w: -3 },
			seed: 7
		});
		expect(runLevel(first, run).trajectory).toEqual(
			runLevel(first, { ...run, settings: { name: 'gd', lr: 0.30000000000000004 } }).trajectory
		);
	});

	it('refuse to encode what no link can carry', () => {
		const share: Share = { seed: 0, start: { w: -3 }, racers: [] };
		expect(() => encodeShare(share, 1, ['w'])).toThrow(/1 to 4 racers/);
		const five = { ...share, racers: Array(5).fill({ name: 'gd', lr: 0.1 }) };
		expect(() => encodeShare(five, 1, ['w'])).toThrow(/got 5/);
		expect(() => encodeShare({ ...five, racers: five.racers.slice(0, 1) }, 1, ['x'])).toThrow(
			/no value for x/
		);
	});
});

describe('a bad link', () => {
	it('lists everything that is missing', () => {
		expect(problemsOf('')).toEqual([
			"v: missing (the level's version)",
			'seed: missing (the random seed)',
			'at: missing (the start point)',
			'r: missing (no racer)'
		]);
	});

	it('says when it was made for another version of the level', () => {
		expect(problemsOf('v=2&seed=0&at=-3&r=gd;lr=0.4')).toEqual([
			'v: this link is for version 2 of level "first-step"; the level is now at version 1'
		]);
	});

	it('names malformed version, seed and start', () => {
		expect(problemsOf('v=one&seed=1.5&at=-3,4&r=gd;lr=0.4')).toEqual([
			'v: "one" is not an integer (the level\'s version)',
			'seed: "1.5" is not an integer (the random seed)',
			'at: expected 1 number(s) (w), got 2'
		]);
		expect(problemsOf('v=1&seed=9007199254740993&at=west&r=gd;lr=0.4')).toEqual([
			'seed: "9007199254740993" is not an integer (the random seed)',
			'at.w: "west" is not a number'
		]);
		expect(problemsOf('v=1&seed=0&at=0&r=gd;lr=0.4')).toEqual(['at.w: this level starts at -3']);
	});

	it('refuses a forged racer with an out-of-range learning rate, naming the racer', () => {
		expect(problemsOf('v=1&seed=0&at=-3&r=gd;lr=0.4&r=gd;lr=99')).toEqual([
			'r2.lr: 99 is outside [0.01, 1.5]'
		]);
	});

	it('refuses settings and controls the level does not offer', () => {
		expect(
			problemsOf(
				'v=1&seed=0&at=-3&r=adam;lr=0.1&r=gd;lr=0.1;momentum=0.5;batch=4&r=gd;lr=0.1;switch=3:gd:lr=0.2'
			)
		).toEqual([
			'r1.name: adam is not allowed here (allowed: gd)',
			'r2.momentum: this level does not let you change momentum',
			'r2.batch: this level has no mini-batches',
			'r3.switch: this level does not allow a switch'
		]);
		expect(problemsOf('v=1&seed=0&at=-2,3&r=gd;lr=0.1;batch=99;switch=5:gd:lr=99', open)).toEqual([
			'r1.batch: 99 is outside [1, 24]',
			'r1.switch.lr: 99 is outside [1e-7, 2]'
		]);
	});

	it('names every syntax problem in a racer', () => {
		const r = (racer: string, level: Level = open) =>
			problemsOf(
				`v=1&seed=0&at=${level === open ? '-2,3' : '-3'}&r=${encodeURIComponent(racer)}`,
				level
			);
		expect(r('sgd;lr=0.1')[0]).toMatch(/^r1\.name: must be one of gd, momentum/);
		expect(r('gd')).toEqual(['r1.lr: missing']);
		expect(r('gd;lr')).toEqual(['r1: "lr" is not key=value']);
		expect(r('gd;lr=0x10;beta2=')).toEqual([
			'r1.lr: "0x10" is not a number',
			'r1.beta2: "" is not a number'
		]);
		expect(r('gd;lr=0.1;lr=0.2')).toEqual(['r1.lr: given twice']);
		expect(r('gd;lr=0.1;speed=2')).toEqual([
			'r1.speed: unknown setting (known: lr, momentum, beta1, beta2, alpha, eps, radius)'
		]);
		expect(r('gd;lr=0.1;batch=2.5')).toEqual(['r1.batch: must be a positive integer']);
		expect(r('gd;lr=0.1;schedule=step:10')).toEqual([
			'r1.schedule: "step:10" is not a schedule (constant, step:<every>:<gamma> or cosine:<total>[:<minLr>])'
		]);
		expect(r('gd;lr=0.1;schedule=toString')[0]).toMatch(/is not a schedule/);
		expect(r('gd;lr=0.1;schedule=step:0:0.5')).toEqual([
			'r1.schedule.every: must be a positive integer'
		]);
		expect(r('gd;lr=0.1;switch=4:gd')).toEqual(['r1.switch.lr: missing']);
		expect(r('gd;lr=0.1;switch=gd')).toEqual([
			'r1.switch: "gd" is not <after>:<optimizer>(:<key>=<number>)*'
		]);
		expect(r('gd;lr=0.1;switch=x:gd:lr=0.1:beta9=1')).toEqual([
			'r1.switch.beta9: unknown setting (known: lr, momentum, beta1, beta2, alpha, eps, radius)',
			'r1.switch.after: "x" is not a number'
		]);
		expect(r('gd;lr=0.1;schedule=constant', first)).toEqual([]);
	});

	it('carries at most four racers', () => {
		const racers = Array(5).fill('r=gd;lr=0.4').join('&');
		expect(problemsOf(`v=1&seed=0&at=-3&${racers}`)).toEqual(['r: at most 4 racers (got 5)']);
	});

	it('never throws, whatever the link holds', () => {
		const junk = [
			'r=;;;',
			'r==',
			'r=gd;=;=1',
			'r=gd;lr=1;switch=:::',
			'at=,,',
			'v=-0&seed=--1',
			'r=%',
			'r=__proto__;lr=1;constructor=2',
			'r=gd;lr=0.1;switch=1:__proto__:lr=1'
		];
		for (const query of junk) {
			const result = decodeShare(params(`v=1&seed=0&at=-3&${query}`), first);
			expect(result.ok).toBe(false);
		}
	});
});
