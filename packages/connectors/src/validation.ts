import type { z } from 'zod';
import type { ExtractionProblem } from './connector';

/** One problem per invalid field, named by its path ('fitments.2.make'). */
export const issuesToProblems = (error: z.ZodError): ExtractionProblem[] =>
  error.issues.map((issue) => ({ where: issue.path.join('.') || '(value)', problem: issue.message }));

/** All of a value's issues in one line, for a problem about a whole row. */
export const describeIssues = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
