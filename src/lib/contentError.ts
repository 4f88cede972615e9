// Content faults reach the editor as Astro's user-facing error: the message lists every file and
// field at fault, the hint says what to do next. A plain Error would print as a crash with a stack.
import { AstroError } from 'astro/errors';

const hint =
  'Исправьте перечисленные файлы в папке содержимого (content/ или NOK_CONTENT_DIR) и запустите сборку снова. ' +
  'Поля каждой коллекции описаны в src/domain/schemas, порядок внесения — в CONTRIBUTING.md.';

export const contentError = (message: string): AstroError => new AstroError(message, hint);
