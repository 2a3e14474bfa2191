// Calling a route module the way SvelteKit does, without a server: a request event (locals,
// params, cookies, the client's address), and what came back — data, an action failure, a
// redirect, an HTTP error or a Response. Also which server route modules exist on disk and which
// handlers (load, each action, each HTTP verb) each one exports.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import type { Principal } from '../auth/tokens';
import { SESSION_COOKIE } from '../auth/cookies';

export type Outcome =
	| { kind: 'data'; status: 200; data: unknown }
	| { kind: 'fail'; status: number; data: unknown }
	| { kind: 'redirect'; status: number; location: string }
	| { kind: 'error'; status: number; data: unknown }
	| { kind: 'response'; status: number; headers: Record<string, string>; body: string };

export interface Call {
	/** The route id, e.g. /teacher/classes/[id]. */
	route: string;
	params: Record<string, string>;
	method: 'GET' | 'POST';
	principal: Principal | null;
	/** The session cookie the browser sends. */
	token?: string;
	form?: Record<string, string | readonly string[]>;
	json?: unknown;
	headers?: Record<string, string>;
	address: string;
}

export function pathOf(route: string, params: Record<string, string>): string {
	const path = route.replace(/\/\([^)]*\)/g, '').replace(/\[(\w+)\]/g, (_, name: string) => {
		if (!(name in params)) throw new Error(`No value for the route parameter [${name}]`);
		return encodeURIComponent(params[name]);
	});
	return path || '/';
}

function bodyOf(call: Call): { body?: BodyInit; headers: Record<string, string> } {
	const headers = { ...call.headers };
	if (call.json !== undefined) {
		headers['content-type'] = 'application/json';
		return { body: JSON.stringify(call.json), headers };
	}
	if (!call.form) return { headers };
	const form = new FormData();
	for (const [name, value] of Object.entries(call.form)) {
		for (const one of typeof value === 'string' ? [value] : value) form.append(name, one);
	}
	return { body: form, headers };
}

/** A RequestEvent good enough for loads, actions and endpoints (no fetch: none may call out). */
export function eventOf(call: Call) {
	const url = new URL(pathOf(call.route, call.params), 'http://localhost');
	const request = new Request(url, { method: call.method, ...bodyOf(call) });
	const jar = new Map<string, string>(call.token ? [[SESSION_COOKIE, call.token]] : []);
	const cookies = {
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		serialize: () => ''
	};
	const headers: Record<string, string> = {};
	return {
		request,
		url,
		params: call.params,
		route: { id: call.route },
		locals: { principal: call.principal },
		cookies,
		getClientAddress: () => call.address,
		setHeaders: (more: Record<string, string>) => void Object.assign(headers, more),
		parent: async () => ({}),
		depends: () => {},
		untrack: <T>(fn: () => T) => fn(),
		fetch: () => Promise.reject(new Error('a route fetched during the access test')),
		platform: undefined,
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false
	};
}

/** Runs a handler and says what it answered; anything else it throws is a failure of the test. */
export async function invoke(handler: unknown, call: Call): Promise<Outcome> {
	try {
		const value: unknown = await (handler as (event: unknown) => unknown)(eventOf(call));
		if (value instanceof Response) {
			const headers = Object.fromEntries(value.headers);
			return { kind: 'response', status: value.status, headers, body: await value.text() };
		}
		if (isActionFailure(value)) return { kind: 'fail', status: value.status, data: value.data };
		return { kind: 'data', status: 200, data: value };
	} catch (error) {
		if (isRedirect(error))
			return { kind: 'redirect', status: error.status, location: error.location };
		if (isHttpError(error)) return { kind: 'error', status: error.status, data: error.body };
		throw error;
	}
}

const SERVER_FILE = /^\+(page\.server|layout\.server|server)\.(ts|js)$/;

/** The server route modules under `dir`, as paths relative to it (`teacher/+page.server.ts`). */
export function serverModulesOnDisk(dir: string): string[] {
	const found: string[] = [];
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			const path = join(at, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (SERVER_FILE.test(entry.name)) found.push(relative(dir, path).split(sep).join('/'));
		}
	};
	walk(dir);
	return found.sort();
}

/** Page options are settings, not handlers. */
const PAGE_OPTIONS = new Set(['prerender', 'ssr', 'csr', 'trailingSlash', 'config', 'entries']);

export interface Handler {
	/** `load`, `layout` (a layout's load), `action:<name>`, or an HTTP verb. */
	name: string;
	route: string;
	fn: unknown;
}

/** The handlers a server route module exports (file relative to src/routes). */
export function handlersOf(file: string, mod: Record<string, unknown>): Handler[] {
	const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
	const route = `/${dir}`;
	const isLayout = /\+layout\.server\.(ts|js)$/.test(file);
	const out: Handler[] = [];
	for (const [name, value] of Object.entries(mod)) {
		if (PAGE_OPTIONS.has(name)) continue;
		if (name === 'actions' && value && typeof value === 'object') {
			for (const [action, fn] of Object.entries(value)) {
				out.push({ name: `action:${action}`, route, fn });
			}
		} else if (name === 'load') {
			out.push({ name: isLayout ? 'layout' : 'load', route, fn: value });
		} else out.push({ name, route, fn: value });
	}
	return out;
}
