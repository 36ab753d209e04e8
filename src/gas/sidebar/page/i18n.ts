/** The catalogue slice the server handed over, in the panel's language. */
let words: Record<string, string> = {};

export function setWords(messages: Record<string, string>): void {
  words = messages;
}

/** A sentence of the catalogue with its `{name}` placeholders filled. */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const text = words[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function has(key: string): boolean {
  return key in words;
}
