/** What the PDF reader page says, zh-CN first. The problems' words are lib/pdf/problems.ts's. */
import type { Lang } from '../i18n.ts';

export const READER_WORDS: Record<Lang, {
  app: string;
  pageTitle: string;
  openOriginal: string;
  pick: string;
  dropHint: string;
  loading: string;
  reading: (pages: number) => string;
  fetchFailed: (why: string) => string;
  pagesWithoutText: (pages: string) => string;
  framed: string;
  pager: string;
  previous: string;
  next: string;
  pageNumber: string;
  ofPages: (pages: number) => string;
  zoomOut: string;
  zoomIn: string;
  zoom: string;
  fitWidth: string;
  find: string;
  findPhrase: string;
  findPrevious: string;
  findNext: string;
  findClose: string;
  /** n of total matches (total capped: `more`); none found. */
  findCount: (n: number, total: number, more: boolean) => string;
  findNone: string;
}> = {
  zh: {
    app: '公报阅读助手',
    pageTitle: 'PDF 阅读',
    openOriginal: '打开原文件',
    pick: '选择本地 PDF 文件',
    dropHint: '或把 PDF 文件拖到这里。文件只在本机读取，不会上传。',
    loading: '正在打开 PDF…',
    reading: (pages) => `正在读取全部 ${pages} 页的文字…`,
    fetchFailed: (why) => `无法下载此 PDF：${why.replace(/[.。]$/, '')}。可以用「打开原文件」在浏览器中查看，或下载后用「选择本地 PDF 文件」打开。`,
    pagesWithoutText: (pages) => `第 ${pages} 页为扫描图像，没有文字，其中的期限、责任单位和文号无法识别。`,
    framed: '公报阅读助手的 PDF 阅读页不在其他网页的框架中打开。',
    pager: '翻页与缩放',
    previous: '上一页',
    next: '下一页',
    pageNumber: '页码',
    ofPages: (pages) => `/ ${pages} 页`,
    zoomOut: '缩小',
    zoomIn: '放大',
    zoom: '缩放比例',
    fitWidth: '适合宽度',
    find: '查找',
    findPhrase: '在全部页中查找',
    findPrevious: '上一处',
    findNext: '下一处',
    findClose: '关闭查找',
    findCount: (n, total, more) => `第 ${n} 处，共 ${total}${more ? '+' : ''} 处`,
    findNone: '全文未找到',
  },
  en: {
    app: 'Gazette Lens',
    pageTitle: 'PDF reader',
    openOriginal: 'Open the original file',
    pick: 'Choose a PDF on this computer',
    dropHint: 'or drop a PDF file here. It is read on this computer and never uploaded.',
    loading: 'Opening the PDF…',
    reading: (pages) => `Reading the text of all ${pages} pages…`,
    fetchFailed: (why) => `This PDF could not be downloaded: ${why.replace(/[.。]$/, '')}. “Open the original file” shows it in the browser; or download it and choose it here.`,
    pagesWithoutText: (pages) => `Page ${pages} is a scanned image with no text: its deadlines, units and numbers cannot be found.`,
    framed: 'The Gazette Lens PDF reader does not open inside another page’s frame.',
    pager: 'Pages and zoom',
    previous: 'Previous page',
    next: 'Next page',
    pageNumber: 'Page number',
    ofPages: (pages) => `of ${pages}`,
    zoomOut: 'Zoom out',
    zoomIn: 'Zoom in',
    zoom: 'Zoom',
    fitWidth: 'Fit width',
    find: 'Find',
    findPhrase: 'Find in every page',
    findPrevious: 'Previous match',
    findNext: 'Next match',
    findClose: 'Close find',
    findCount: (n, total, more) => `${n} of ${total}${more ? '+' : ''}`,
    findNone: 'Not found in this PDF',
  },
};
