// Confirmation after the receiver stored the answer; takes focus so the result is read first.
import { useEffect, useRef } from 'react';

export default function SentPanel({ onRestart }: { onRestart: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div className="survey-panel" tabIndex={-1} ref={panel} aria-labelledby="survey-sent-title">
      <h2 id="survey-sent-title">Ответы отправлены</h2>
      <p>
        Спасибо! Ваши ответы приняты и будут учтены в независимой оценке. Анкета анонимна: сведений
        о Вас не сохраняется.
      </p>
      <button type="button" className="survey-button survey-button-secondary" onClick={onRestart}>
        Заполнить анкету ещё раз
      </button>
    </div>
  );
}
