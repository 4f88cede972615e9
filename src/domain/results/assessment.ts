// Operator inputs for one organization, one year, one method: what the portal computes a result
// from. Validated here in full (inputs, method, and that the method accepts them) so a bad file
// fails the build naming its field, not a page at render time.
import { z } from 'zod';
import { annotationsSchema, idSchema, yearSchema } from '../schemas/common.ts';
import { computeScores, methods, scoringInputsSchema } from '../scoring/index.ts';

const computableIds = Object.values(methods).flatMap((m) =>
  m.kind === 'computable' ? [m.id] : [],
);

export const assessmentSchema = z
  .strictObject({
    organization: idSchema.describe('Organization id (content/organizations/<id>.yaml)'),
    year: yearSchema.describe('Year of the assessment'),
    method: z
      .string()
      .refine((id) => computableIds.includes(id), {
        message: `методика не рассчитывается порталом; рассчитываются: ${computableIds.join(', ')}`,
      })
      .describe('Id of a computable scoring method, e.g. 344н-2018'),
    operator: z
      .string()
      .min(1)
      .optional()
      .describe('Operator that collected the inputs, as named in its report'),
    source: z.string().min(1).describe('Where the inputs come from: the operator report, a URL'),
    inputs: scoringInputsSchema,
    annotations: annotationsSchema,
  })
  .superRefine(
    (a, ctx) => {
      // The method may still refuse valid-looking inputs (Q5 answers for a culture organization).
      try {
        computeScores(a.inputs, a.method);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          path: ['inputs'],
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
    // Only once every field is valid: otherwise the field errors already say what is wrong.
    { when: ({ issues }) => issues.length === 0 },
  )
  .describe('Operator inputs for computing one organization’s result');
export type Assessment = z.infer<typeof assessmentSchema>;
