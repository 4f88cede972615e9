/**
 * The date deadlines are judged against. Defaults to the day of the build; NOK_AS_OF=YYYY-MM-DD
 * fixes it (tests, or a rebuild that must say what was true on a given day).
 */
export function asOfDate(): string {
  const fixed = process.env.NOK_AS_OF;
  if (fixed !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`NOK_AS_OF должен иметь вид ГГГГ-ММ-ДД, получено «${fixed}»`);
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}
