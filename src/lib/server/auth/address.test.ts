import { describe, expect, it } from 'vitest';
import { addressKey } from './address';

describe('throttling address keys', () => {
	it('keeps IPv4 addresses, including those carried in IPv6', () => {
		expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
		expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
		expect(addressKey('::FFFF:203.0.113.7')).toBe('203.0.113.7');
	});

	it('puts every IPv6 address of one /64 under one key, however it is written', () => {
		const key = addressKey('2001:db8:abcd:12::1');
		expect(key).toBe('2001:db8:abcd:12::/64');
		for (const same of [
			'2001:0db8:abcd:0012:ffff:ffff:ffff:ffff',
			'2001:DB8:ABCD:12:0:0:0:9',
			'2001:db8:abcd:12::10.1.2.3',
			' 2001:db8:abcd:12::7 '
		]) {
			expect(addressKey(same)).toBe(key);
		}
		expect(addressKey('2001:db8:abcd:13::1')).not.toBe(key);
		expect(addressKey('::1')).toBe('0:0:0:0::/64');
		expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
		expect(addressKey('2001:db8::')).toBe('2001:db8:0:0::/64');
	});

	it('gives anything unreadable one shared key', () => {
		for (const junk of ['', 'localhost', '999.1.1.1', '1:2:3'])
			expect(addressKey(junk)).toBe('unknown');
	});
});
