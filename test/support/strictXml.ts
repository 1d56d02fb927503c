import { XMLValidator } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';

/**
 * Why a document is not well-formed XML 1.0, or '' when it is. Two readers:
 * saxes, a conforming non-validating parser that refuses every character
 * outside XML's `Char` production (fast-xml-parser's XMLValidator does not
 * look at characters at all: it accepts U+0001), and XMLValidator for the
 * tags. saxes comes with exceljs, a dependency of the stocktake pack.
 */
export function xmlProblems(xml: string): string {
  const problems: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => problems.push(`saxes: ${error.message}`));
  parser.write(xml).close();
  const validated = XMLValidator.validate(xml);
  if (validated !== true) problems.push(`XMLValidator: ${validated.err.msg}`);
  return problems.join('; ');
}
