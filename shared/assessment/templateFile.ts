/**
 * The organiser's assessment template file (JSON, docs/assessment-template.md) → a checked
 * template, or a Fail that names what is wrong by code and parameters: the weights' sum, the two
 * grades with a gap or an overlap between them, the field that is missing. The file is someone
 * else's, so it goes through the same doors as a project file: size first (main), then the JSON's
 * shape counted before parsing, then the schema.
 */
import type { z } from 'zod';
import { fail, type ErrorCode } from '../errors';
import { findingText, schemaFinding } from '../model/issueMessages';
import { jsonShapeProblem } from '../model/jsonShape';
import { findJsonSyntaxProblem } from '../model/jsonSyntax';
import { ok, type Fail, type Result } from '../result';
import { ASSESSMENT_TEMPLATE_FORMAT, AssessmentTemplateSchema, type AssessmentTemplate, type TemplateProblem } from './template';

/** A template is a few kilobytes; anything past this is not one (checked by main before reading). */
export const TEMPLATE_FILE_BYTES = 256 * 1024;

const CODES: Record<TemplateProblem, ErrorCode> = {
  WEIGHTS: 'TEMPLATE_WEIGHTS',
  DUPLICATE_COMPONENT: 'TEMPLATE_DUPLICATE_COMPONENT',
  SCORE_RANGE: 'TEMPLATE_SCORE_RANGE',
  GRADE_REVERSED: 'TEMPLATE_GRADE_REVERSED',
  GRADE_START: 'TEMPLATE_GRADE_START',
  GRADE_END: 'TEMPLATE_GRADE_END',
  GRADE_GAP: 'TEMPLATE_GRADE_GAP',
  GRADE_OVERLAP: 'TEMPLATE_GRADE_OVERLAP',
};

export function decodeAssessmentTemplate(raw: string): Result<AssessmentTemplate> {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return fail('EMPTY_FILE');
  if (text.includes('\u0000')) return fail('NUL_BYTES');
  if (jsonShapeProblem(text)) return fail('NOT_ASSESSMENT_TEMPLATE');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxProblem(text) ?? { kind: 'unexpected' as const, line: 1, column: 1, found: text[0] ?? '' };
    if (problem.kind === 'end') return fail('TRUNCATED', { line: problem.line, column: problem.column });
    return fail('NOT_JSON', { line: problem.line, column: problem.column, found: JSON.stringify(problem.found).slice(1, -1) });
  }
  return checkAssessmentTemplate(data);
}

/** A parsed value (from JSON or a spreadsheet) checked as a template; an official one is never marked "contoh". */
export function checkAssessmentTemplate(data: unknown): Result<AssessmentTemplate> {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as Record<string, unknown>)['format'] !== ASSESSMENT_TEMPLATE_FORMAT) {
    return fail('NOT_ASSESSMENT_TEMPLATE');
  }
  const parsed = AssessmentTemplateSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return templateFail(parsed.error);
  return ok(parsed.data);
}

/** The first of the template's own rules that failed, else the first field that is wrong. */
function templateFail(error: z.ZodError): Fail {
  for (const issue of error.issues) {
    const params = issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined;
    const problem = params?.['problem'] as TemplateProblem | undefined;
    if (problem && problem in CODES) {
      const { problem: _, ...rest } = params!;
      return fail(CODES[problem], rest);
    }
  }
  const findings = error.issues.slice(0, 8).map(schemaFinding);
  const f = fail(
    'TEMPLATE_INVALID',
    { detail: findingText(findings[0]!, 'id') },
    findings.map((x) => findingText(x, 'id')),
  );
  return { ...f, findings };
}
