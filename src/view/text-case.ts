/** Returns the text with its first letter in upper case (Vietnamese rules). */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Returns the text with its first letter in lower case, unless it starts an acronym or a name in capitals (UBND). */
export function lowerFirst(text: string): string {
  if (/^\p{Lu}{2}/u.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
