// The app's own responses are gzipped when the browser takes it: checked by unzipping with Node's
// zlib (an independent gzip), and every case that must be left alone is left alone.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressResponse } from './compress';

const PAGE =
	'<!doctype html><html><body>' + '<p>Down the bowl, one step at a time.</p>'.repeat(200);

const get = (acceptEncoding?: string, method = 'GET') =>
	new Request('http://localhost/play', {
		method,
		headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
	});

const html = (body: string | null = PAGE, init: ResponseInit = {}) =>
	new Response(body, {
		status: 200,
		...init,
		headers: { 'content-type': 'text/html; charset=utf-8', ...(init.headers ?? {}) }
	});

async function bytes(response: Response) {
	return Buffer.from(await response.arrayBuffer());
}

describe('compressResponse', () => {
	it('gzips a page for a browser that takes gzip, and the bytes unzip to the page', async () => {
		const headers = new Headers({ 'content-type': 'text/html', etag: '"abc"' });
		headers.append('set-cookie', 'a=1; Path=/');
		headers.append('set-cookie', 'b=2; Path=/');
		const out = compressResponse(get('br, gzip, deflate'), new Response(PAGE, { headers }));
		expect(out.headers.get('content-encoding')).toBe('gzip');
		expect(out.headers.get('vary')).toBe('Accept-Encoding');
		expect(out.headers.get('etag')).toBe('W/"abc"');
		expect(out.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
		const zipped = await bytes(out);
		expect(zipped.length).toBeLessThan(PAGE.length / 10);
		expect(gunzipSync(zipped).toString('utf8')).toBe(PAGE);
	});

	it('keeps the status and gzips JSON and CSV too', async () => {
		const json = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ i })) });
		const out = compressResponse(
			get('gzip'),
			new Response(json, { status: 201, headers: { 'content-type': 'application/json' } })
		);
		expect(out.status).toBe(201);
		expect(JSON.parse(gunzipSync(await bytes(out)).toString())).toEqual(JSON.parse(json));
		const csv = 'a,b\r\n'.repeat(500);
		const sheet = compressResponse(
			get('gzip'),
			new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } })
		);
		expect(gunzipSync(await bytes(sheet)).toString()).toBe(csv);
	});

	it('honours q=0 and a browser that asks for no gzip, but still says Vary', async () => {
		for (const accept of [undefined, 'identity', 'gzip;q=0', 'br', 'gzip; q=0, deflate']) {
			const out = compressResponse(get(accept), html());
			expect(out.headers.get('content-encoding'), String(accept)).toBeNull();
			expect(out.headers.get('vary')).toBe('Accept-Encoding');
			expect((await bytes(out)).toString()).toBe(PAGE);
		}
		expect(compressResponse(get('*'), html()).headers.get('content-encoding')).toBe('gzip');
		expect(compressResponse(get('GZIP;q=0.5'), html()).headers.get('content-encoding')).toBe(
			'gzip'
		);
	});

	it('adds to an existing Vary rather than replacing it', () => {
		const out = compressResponse(get('gzip'), html(PAGE, { headers: { vary: 'Cookie' } }));
		expect(out.headers.get('vary')).toBe('Cookie, Accept-Encoding');
	});

	it('leaves alone what must not or need not be gzipped', async () => {
		const leave = [
			['HEAD', get('gzip', 'HEAD'), html()],
			['no body', get('gzip'), html(null, { status: 204 })],
			['a redirect', get('gzip'), html('', { status: 303, headers: { location: '/' } })],
			['already encoded', get('gzip'), html(PAGE, { headers: { 'content-encoding': 'br' } })],
			[
				'an image',
				get('gzip'),
				new Response(new Uint8Array(4096), { headers: { 'content-type': 'image/png' } })
			],
			['small', get('gzip'), html('<p>hi</p>', { headers: { 'content-length': '9' } })]
		] as const;
		for (const [what, request, response] of leave)
			expect(compressResponse(request, response), what).toBe(response);
	});
});
