// GOV.UK error summary: takes focus when shown so a screen reader reads it at once, and each
// link moves focus to the question's first input with its legend scrolled into view.
import { useEffect, useRef, type MouseEvent } from 'react';
import type { FieldError } from '../../domain/questionnaire/answerSchema.ts';
import { fieldId } from './QuestionField.tsx';

interface Props {
  errors: FieldError[];
  /** Fields on screen; an error about anything else is listed without a link. */
  linkable: ReadonlySet<string>;
  /** Changes on every failed submission, so a second failure takes focus again. */
  focusKey: number;
}

function jumpToField(event: MouseEvent<HTMLAnchorElement>, field: string): void {
  const input = document.getElementById(fieldId(field));
  if (!input) return;
  event.preventDefault();
  input.focus({ preventScroll: true });
  (input.closest('.survey-group') ?? input).scrollIntoView({ block: 'start' });
}

export default function ErrorSummary({ errors, linkable, focusKey }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [focusKey]);
  return (
    <div
      className="survey-error-summary"
      role="alert"
      aria-labelledby="survey-error-summary-title"
      tabIndex={-1}
      ref={box}
    >
      <h2 id="survey-error-summary-title">Ответы не отправлены: исправьте ошибки</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field}:${e.message}`}>
            {e.field && linkable.has(e.field) ? (
              <a href={`#${fieldId(e.field)}`} onClick={(event) => jumpToField(event, e.field!)}>
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
