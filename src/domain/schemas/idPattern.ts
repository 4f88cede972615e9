// The content id pattern on its own, without zod: the survey island checks an id taken from the
// address bar with it, and must not pull the schema library into the browser.

/** Content ids are file names: lowercase latin transliteration, digits and hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isContentId = (value: string): boolean => idPattern.test(value);
