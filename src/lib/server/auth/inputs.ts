// valibot schemas for what forms send to the account and class operations. Form values arrive as
// strings (or files); each operation parses its input here and answers bad input with a result,
// never an exception.
import * as v from 'valibot';

export const DISPLAY_NAME_MAX = 30;
export const CLASS_NAME_MAX = 60;

/** Control characters, and the bidirectional overrides that could make a name read backwards. */
const HIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

const tidy = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
const charCount = (text: string) => [...text].length;

/** A short piece of text in any script: tidied, then 1 to `max` characters with nothing hidden. */
const Label = (max: number) =>
	v.pipe(
		v.string(),
		v.transform(tidy),
		v.check((s) => charCount(s) >= 1 && charCount(s) <= max && !HIDDEN.test(s))
	);

export const DisplayName = Label(DISPLAY_NAME_MAX);
export const ClassName = Label(CLASS_NAME_MAX);

/** A row id, as a number or the digits a form sends. */
export const Id = v.pipe(
	v.union([v.string(), v.number()]),
	v.transform((x) => (typeof x === 'number' ? x : /^\d{1,10}$/.test(x.trim()) ? Number(x) : NaN)),
	v.number(),
	v.integer(),
	v.minValue(1),
	v.maxValue(2 ** 31 - 1)
);

/** A checkbox or a boolean: a ticked box sends "on"; an unticked one sends nothing. */
export const Flag = v.pipe(
	v.optional(v.union([v.boolean(), v.string()]), false),
	v.transform((x) => x === true || x === 'on' || x === 'true' || x === '1')
);

export const Credentials = v.object({ login: v.string(), password: v.string() });
export const JoinInput = v.object({ code: v.string(), displayName: v.string() });
export const SignInInput = v.object({ code: v.string() });
export const NewClassInput = v.object({ name: v.string(), approveJoins: Flag });
export const ClassRef = v.object({ classId: Id });
export const RenewInput = v.object({ classId: Id, newCode: Flag });
export const LockInput = v.object({ classId: Id, locked: Flag });
export const ApproveJoinsInput = v.object({ classId: Id, approveJoins: Flag });
export const LearnerRef = v.object({ learnerId: Id });

/** The parsed value, or undefined. */
export function parse<S extends v.GenericSchema>(
	schema: S,
	input: unknown
): v.InferOutput<S> | undefined {
	const result = v.safeParse(schema, input);
	return result.success ? result.output : undefined;
}
