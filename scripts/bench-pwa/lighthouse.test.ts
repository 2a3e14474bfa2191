import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { summarise } from './lighthouse';

/** The parts of a Lighthouse result that `summarise` reads, with the numbers of a real quiz-round run. */
function report(metrics: unknown): Result {
	const numeric = (numericValue: number) => ({ numericValue });
	return {
		categories: {
			performance: { score: 0.73 },
			accessibility: { score: 1 },
			'best-practices': { score: 1 },
			seo: { score: 1 }
		},
		audits: {
			'first-contentful-paint': numeric(2264.6),
			'largest-contentful-paint': numeric(3203.1),
			'total-blocking-time': numeric(578),
			'cumulative-layout-shift': numeric(0),
			'speed-index': numeric(4587.2),
			'total-byte-weight': numeric(218672),
			'network-requests': {
				details: {
					items: [
						{ resourceType: 'Document', transferSize: 6000 },
						{ resourceType: 'Script', transferSize: 150000 },
						{ resourceType: 'Script', transferSize: 9000, sessionTargetType: 'worker' }
					]
				}
			},
			metrics
		},
		environment: { benchmarkIndex: 2404 },
		runWarnings: []
	} as unknown as Result;
}

describe('summarise', () => {
	it('keeps the simulated metrics and when the first paint was really seen', () => {
		const run = summarise(
			report({
				details: { items: [{ observedFirstContentfulPaint: 2358, firstContentfulPaint: 2265 }] }
			})
		);
		expect(run.scores).toEqual({
			performance: 0.73,
			accessibility: 1,
			'best-practices': 1,
			seo: 1
		});
		expect(run.fcpMs).toBe(2264.6);
		expect(run.tbtMs).toBe(578);
		expect(run.firstPaintSeenMs).toBe(2358);
		expect(run.jsBytes).toBe(150000);
		expect(run.benchmarkIndex).toBe(2404);
	});

	it('says NaN, not 0, when a report has no observed first paint', () => {
		expect(summarise(report(undefined)).firstPaintSeenMs).toBeNaN();
		expect(summarise(report({ details: { items: [] } })).firstPaintSeenMs).toBeNaN();
	});
});
