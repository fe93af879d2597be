/**
 * JSON that keeps what plain JSON loses: typed arrays (the columns of a parsed file) and
 * non-finite numbers (NaN marks a blank cell; JSON would write null).
 *
 * - A typed array becomes `{"$typed": "Float64Array", "base64": "…"}`: its bytes, little-endian,
 *   in base64 — exact for every value (NaN, −0, subnormals) and about 1.4× the binary size.
 * - NaN, Infinity and −Infinity outside typed arrays become `{"$number": "NaN"}` etc.
 *
 * {@link reviveTypedJson} turns those objects back; a damaged one is reported with its path.
 */

/** Typed arrays the encoding supports. */
const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;

type TypedArrayName = keyof typeof TYPED_ARRAYS;
type AnyTypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A part of a file that cannot be read, with where it is (`datasets[0].files[2].fragment.value`). */
export class MalformedPartError extends Error {
  constructor(
    /** Path of the part. */
    readonly part: string,
    /** What is wrong (English, technical; shown inside a bilingual sentence). */
    readonly detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = 'MalformedPartError';
  }
}

function typedArrayName(value: ArrayBufferView): TypedArrayName | null {
  const name = value.constructor.name;
  return name in TYPED_ARRAYS ? (name as TypedArrayName) : null;
}

/** Swap byte order in place, element by element (only on big-endian machines). */
function swapBytes(bytes: Uint8Array, size: number): void {
  for (let start = 0; start < bytes.length; start += size) bytes.subarray(start, start + size).reverse();
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let start = 0; start < bytes.length; start += step) {
    binary += String.fromCharCode(...bytes.subarray(start, start + step));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function encodeTypedArray(value: AnyTypedArray, name: TypedArrayName): { $typed: TypedArrayName; base64: string } {
  const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
  if (!LITTLE_ENDIAN) swapBytes(bytes, value.BYTES_PER_ELEMENT);
  return { $typed: name, base64: toBase64(bytes) };
}

function decodeTypedArray(name: string, base64: string, path: string): AnyTypedArray {
  if (!(name in TYPED_ARRAYS)) throw new MalformedPartError(path, `unknown array type ${name}`);
  const Constructor = TYPED_ARRAYS[name as TypedArrayName];
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(base64);
  } catch {
    throw new MalformedPartError(path, 'invalid base64');
  }
  if (bytes.length % Constructor.BYTES_PER_ELEMENT !== 0) throw new MalformedPartError(path, `byte length ${bytes.length} is not a multiple of ${Constructor.BYTES_PER_ELEMENT}`);
  if (!LITTLE_ENDIAN) swapBytes(bytes, Constructor.BYTES_PER_ELEMENT);
  return new Constructor(bytes.buffer, bytes.byteOffset, bytes.length / Constructor.BYTES_PER_ELEMENT);
}

/** JSON.stringify replacer that encodes typed arrays and non-finite numbers. */
export function typedJsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const name = typedArrayName(value);
    if (!name) throw new Error(`cannot encode ${value.constructor.name}`);
    return encodeTypedArray(value as AnyTypedArray, name);
  }
  return value;
}

const NON_FINITE: Record<string, number> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turn the encoded objects of a parsed JSON value back into typed arrays and numbers (a new
 * value; the input is not changed). `path` names the root in error messages.
 * @throws MalformedPartError when an encoded object is damaged.
 */
export function reviveTypedJson(value: unknown, path = ''): unknown {
  if (Array.isArray(value)) return value.map((item, index) => reviveTypedJson(item, `${path}[${index}]`));
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if ('$typed' in value && keys.length === 2 && typeof value.$typed === 'string' && typeof value.base64 === 'string') {
    return decodeTypedArray(value.$typed, value.base64, path);
  }
  if ('$number' in value && keys.length === 1) {
    const number = typeof value.$number === 'string' ? NON_FINITE[value.$number] : undefined;
    if (number === undefined) throw new MalformedPartError(path, `unknown number ${String(value.$number)}`);
    return number;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    // JSON.parse makes "__proto__" an own key; assigning it would change the prototype.
    if (key === '__proto__') continue;
    out[key] = reviveTypedJson(value[key], path ? `${path}.${key}` : key);
  }
  return out;
}
