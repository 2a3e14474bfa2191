import { describe, expect, it } from 'vitest';
import { GameBus } from './events';
import { Inbox, ListenerBag } from './listeners';

describe('ListenerBag', () => {
	it('removes every listener it added, leaving the others', () => {
		const bus = new GameBus();
		bus.on('game:ready', () => {});
		const before = bus.size;
		const bag = new ListenerBag(bus);
		bag.on('terrain:set', () => {});
		bag.on('descent:step', () => {});
		bag.on('descent:step', () => {});
		expect(bus.size).toBe(before + 3);
		bag.dispose();
		expect(bus.size).toBe(before);
		// A scene that boots after destroy() adds nothing.
		bag.on('theme:set', () => {});
		expect(bus.size).toBe(before);
	});
	it('turns an exception in a handler into game:error', () => {
		const bus = new GameBus();
		const bag = new ListenerBag(bus);
		const errors: string[] = [];
		bus.on('game:error', ({ message }) => errors.push(message));
		bag.on('view:zoom', () => {
			throw new Error('boom');
		});
		expect(() => bus.emit('view:zoom', { factor: 2 })).not.toThrow();
		expect(errors).toEqual(['view:zoom: boom']);
	});
});

describe('Inbox', () => {
	it('keeps events in order and drops what a later event replaces', () => {
		const inbox = new Inbox();
		const step = {
			racer: 0,
			step: 1,
			from: [0],
			to: [1],
			lossBefore: 1,
			loss: 0,
			gradient: [1],
			state: null,
			durationMs: 0
		};
		inbox.push({ type: 'theme:set', payload: { dark: true } });
		inbox.push({ type: 'descent:step', payload: step });
		inbox.push({ type: 'view:zoom', payload: { factor: 2 } });
		inbox.push({ type: 'descent:reset', payload: { racers: [] } });
		inbox.push({ type: 'theme:set', payload: { dark: false } });
		expect(inbox.drain().map((m) => m.type)).toEqual(['view:zoom', 'descent:reset', 'theme:set']);
		expect(inbox.length).toBe(0);
	});
});
