/**
 * What a reading tells the library: each document of the page view with its facts (number,
 * title, issuer, dates, validity) and what it cites, and which of them the library keeps (the
 * documents with their own number, or a page that is one document). One rule for the content
 * script's report and the PDF reader. Pure.
 */
import type { PageDocument } from '../platform/messages.ts';
import { LIMITS } from '../limits.ts';
import type { PageView } from './page-view.ts';

export function pageDocumentsOf(view: PageView): PageDocument[] {
  return view.documents.flatMap((d) => {
    const f = d.facts;
    if (!f) return [];
    return [{
      docnum: f.docnum, title: f.title?.slice(0, LIMITS.title) ?? null, issuer: f.issuer?.slice(0, LIMITS.issuer) ?? null, signedDate: f.signedDate,
      effectiveDate: f.effectiveDate, expiryDate: f.expiryDate, status: f.status,
      cites: [...new Set(d.citations.map((c) => c.canonical))].filter((c) => c !== f.docnum).slice(0, LIMITS.cites),
    }];
  }).slice(0, LIMITS.pageDocuments);
}

/** The documents of a reading the library keeps. */
export function documentsToKeep<T extends { docnum: string | null }>(documents: readonly T[]): T[] {
  return documents.length === 1 ? [...documents] : documents.filter((d) => d.docnum);
}
