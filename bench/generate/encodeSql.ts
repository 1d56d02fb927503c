/**
 * SQL expressions that turn a running number into a unique code in an alphabet, written out as
 * plain arithmetic so PostgreSQL computes millions of them without a subquery per row. Multiplying
 * by a prime that shares no factor with the alphabet's power is a bijection, so distinct numbers
 * give distinct codes, and neighbouring numbers do not look alike.
 */
export function codeOfNumberSql(numberSql: string, alphabet: string, length: number, prime: number): string {
  const base = BigInt(alphabet.length);
  const modulus = base ** BigInt(length);
  const scrambled = `((${numberSql})::bigint * ${prime}::bigint % ${modulus}::bigint)`;
  const digits: string[] = [];
  for (let k = length - 1; k >= 0; k--) {
    digits.push(`substr('${alphabet}', 1 + (${scrambled} / ${base ** BigInt(k)}::bigint % ${base}::bigint)::int, 1)`);
  }
  return digits.join(' || ');
}

/** A tracking code (`ABCD-EFGH-JKMN`, domain/complaints/trackingCode.ts) made from a running number. */
export function trackingCodeSql(numberSql: string): string {
  const raw = codeOfNumberSql(numberSql, '3469ACDEFGHJKMNPQRTUVWXY', 12, 1_000_003);
  return `regexp_replace(${raw}, '^(.{4})(.{4})(.{4})$', '\\1-\\2-\\3')`;
}

/** A public id (12 characters of lower-case Crockford base32, domain/complaints/publicId.ts) from a running number. */
export function publicIdSql(numberSql: string): string {
  return codeOfNumberSql(numberSql, '0123456789abcdefghjkmnpqrstvwxyz', 12, 998_244_353);
}
