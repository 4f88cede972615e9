// Text typed with the keyboard in the Latin layout while meaning Russian: «fyrtnf» is «анкета»
// typed on the same keys. The standard Russian layout (ЙЦУКЕН) over US QWERTY.
const latin = '`qwertyuiop[]asdfghjkl;\'zxcvbnm,.~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>';
const russian = 'ёйцукенгшщзхъфывапролджэячсмитьбюЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ';

const toRussian = new Map([...latin].map((c, i) => [c, russian[i]!]));

/**
 * The text as the same keys give it in the Russian layout, or null when it has no Latin letter
 * (nothing to swap). Keys outside the letter rows (digits, spaces, «/») stay as typed.
 */
export function fromLatinLayout(text: string): string | null {
  if (!/[a-z]/i.test(text)) return null;
  return [...text].map((c) => toRussian.get(c) ?? c).join('');
}
