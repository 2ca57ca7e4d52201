/**
 * What a page detector is: a pure function from a page's signals (plain data collected once
 * from the DOM by signals.ts, or written by hand in examples and tests) to a score and a
 * reason in both languages, with the example pages that prove it beside it. The registry
 * (index.ts) runs every detector in isolation and adds their scores up.
 */

/** The info-table labels of gov.cn policy pages, in their canonical (simplified) spelling. */
export const INFO_LABELS = ['索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期'] as const;
export type InfoLabel = (typeof INFO_LABELS)[number];

/** The meta tags of government site templates (names compared case-insensitively). */
export const TEMPLATE_METAS = ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ArticleTitle', 'PubDate', 'ContentSource'] as const;

/** Everything a detector may look at. No DOM: the same in Node and in the content script. */
export interface PageSignals {
  /** The page address. */
  url: string;
  /** Its host name, lower case, no port (`www.gov.cn`). */
  host: string;
  /** `<meta name content>`: name in lower case (`siteidcode`) → content, trimmed. */
  metas: Record<string, string>;
  /** The gov.cn info table: canonical label (an InfoLabel, spaces and colon removed) → value. */
  infoTable: Record<string, string>;
  /** document.title and the main h1, one per line (either may be missing). */
  title: string;
  /** The visible text, blocks on their own lines, table cells ended by a tab; capped. */
  text: string;
}

export interface Bilingual {
  zh: string;
  en: string;
}

export interface DetectContext {
  /** Host patterns the user added (`*.gov.hk`, `example.org`); see hosts.ts. */
  userHosts: readonly string[];
}

export interface Detection {
  /** Points towards "this is a government page"; scores of all detectors add up. */
  score: number;
  reason: Bilingual;
}

export interface Detector {
  /** Same as the file name. */
  id: string;
  describe: Bilingual;
  /**
   * Pages (only the signals that matter) on which this detector must score above 0, and
   * pages on which it must give null or 0. Examples are completed by `completeSignals`.
   */
  examples: {
    positive: Partial<PageSignals>[];
    negative: Partial<PageSignals>[];
  };
  /** Null (or a score of 0) when the detector sees nothing. May throw: the registry copes. */
  detect(signals: PageSignals, context: DetectContext): Detection | null;
}

/**
 * Total score from which a page is treated as government (the rule is in index.ts). The
 * host detector alone reaches it; content detectors need each other.
 */
export const THRESHOLD = 10;
