// The "address" a throttle counts per. IPv4 as is; IPv6 by its /64 prefix, because one home or
// phone usually holds a whole /64 and could otherwise step to a fresh address for each guess.
// IPv4-mapped IPv6 (::ffff:203.0.113.7) is the IPv4 address it carries.
import { isIPv4, isIPv6 } from 'node:net';

const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

function groupsOf(part: string): string[] {
	if (part === '') return [];
	// An embedded IPv4 tail takes the room of two groups.
	return part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
}

function prefix64(ip: string): string {
	const [head, tail] = ip.split('::');
	const front = groupsOf(head);
	const back = tail === undefined ? [] : groupsOf(tail);
	const zeros = tail === undefined ? [] : Array(8 - front.length - back.length).fill('0');
	const groups = [...front, ...zeros, ...back].slice(0, 4);
	return `${groups.map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/** The throttling key for a client address; anything unreadable shares the key `unknown`. */
export function addressKey(address: string): string {
	const ip = address.trim().replace(/%.*$/, ''); // a zone index (fe80::1%eth0) is local detail
	const mapped = MAPPED_V4.exec(ip);
	if (mapped && isIPv4(mapped[1])) return mapped[1];
	if (isIPv4(ip)) return ip;
	if (isIPv6(ip)) return prefix64(ip.toLowerCase());
	return 'unknown';
}
