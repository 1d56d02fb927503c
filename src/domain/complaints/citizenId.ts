/**
 * The 13-digit Thai citizen identification number (เลขประจำตัวประชาชน). The
 * last digit is a check digit: (11 - (Σ dᵢ × (14 - i) for the first 12) mod 11) mod 10.
 */
export function normaliseCitizenId(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function isValidCitizenId(value: string): boolean {
  const digits = normaliseCitizenId(value);
  if (!/^[0-9]{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}
