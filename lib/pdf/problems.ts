/**
 * Why a PDF cannot be read, in the reader's words (zh-CN first) and the command line's (English):
 * one owner for the reader page, the command line and the tests.
 */
import { LIMITS } from '../limits.ts';

export type PdfProblem = 'scan' | 'encrypted' | 'damaged' | 'too-large' | 'too-many-pages';

const MB = Math.round(LIMITS.pdfBytes / 1024 / 1024);

export const PDF_PROBLEM_WORDS: Readonly<Record<PdfProblem, { zh: string; en: string }>> = {
  scan: {
    zh: '此 PDF 为扫描图像，没有可提取的文字，无法识别期限、责任单位和文号。',
    en: 'is a scanned image with no text to extract: deadlines, units and document numbers cannot be found',
  },
  encrypted: {
    zh: '此 PDF 已加密，需要密码才能打开，无法读取其文字。',
    en: 'is encrypted (a password is needed to open it): its text cannot be read',
  },
  damaged: {
    zh: '此 PDF 已损坏或不是有效的 PDF 文件，无法打开。',
    en: 'is damaged or not a valid PDF file',
  },
  'too-large': {
    zh: `此 PDF 超过 ${MB} MB，公报阅读助手不打开这么大的文件。`,
    en: `is larger than ${MB} MB, the largest PDF read`,
  },
  'too-many-pages': {
    zh: `此 PDF 超过 ${LIMITS.pdfPages} 页，公报阅读助手不打开这么长的文件。`,
    en: `has more than ${LIMITS.pdfPages} pages, the most read`,
  },
};

export class PdfError extends Error {
  override readonly name = 'PdfError';

  constructor(readonly problem: PdfProblem, readonly detail?: string) {
    super(detail ? `${PDF_PROBLEM_WORDS[problem].en} (${detail})` : PDF_PROBLEM_WORDS[problem].en);
  }
}
