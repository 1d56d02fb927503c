/**
 * A one-time confirmation carried from the page where an action was done to
 * the page it lands on ("Passed on to 2 units."), shown once, then forgotten.
 */
let message: string | null = null;

export function setFlash(text: string): void {
  message = text;
}

export function takeFlash(): string | null {
  const text = message;
  message = null;
  return text;
}
