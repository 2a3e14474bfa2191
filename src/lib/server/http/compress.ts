// Gzip for the responses the app itself makes (pages, load data, JSON, CSV): adapter-node already
// serves every built file precompressed, but a page's HTML left the server as it was, and phones on
// a slow connection wait for every byte of it. Only when the browser says it takes gzip; never for a
// response that is already encoded, has no body, or is not text.

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;
/** Below this, gzip's header and the work cost more than they save. */
const SMALLEST = 1024;

function acceptsGzip(header: string | null): boolean {
	if (!header) return false;
	return header.split(',').some((part) => {
		const [coding, ...params] = part.trim().toLowerCase().split(';');
		if (coding !== 'gzip' && coding !== '*') return false;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return q === undefined || Number(q.slice(2)) > 0;
	});
}

/** The response gzipped when `request` accepts it and it is worth it; otherwise `response` itself. */
export function compressResponse(request: Request, response: Response): Response {
	if (request.method === 'HEAD' || !response.body) return response;
	const { status } = response;
	if (status < 200 || status === 204 || status === 206 || (status >= 300 && status < 400))
		return response;
	if (response.headers.has('content-encoding')) return response;
	const type = response.headers.get('content-type') ?? '';
	if (!COMPRESSIBLE.test(type)) return response;
	const length = response.headers.get('content-length');
	if (length !== null && Number(length) < SMALLEST) return response;

	// Caches must keep the two versions apart.
	const vary = response.headers.get('vary');
	if (!vary?.toLowerCase().includes('accept-encoding'))
		response.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
	if (!acceptsGzip(request.headers.get('accept-encoding'))) return response;
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	// A strong validator names the bytes sent: the gzipped body is other bytes.
	const etag = headers.get('etag');
	if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status,
		statusText: response.statusText,
		headers
	});
}
