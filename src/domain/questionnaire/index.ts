// The form imports this barrel in the browser; scoringSurvey.ts is left out so the scoring module stays out of its bundle.
export * from './questionnaire675n.ts';
export * from './visibility.ts';
export * from './answerSchema.ts';
export * from './canonical.ts';
export * from './aggregate.ts';
