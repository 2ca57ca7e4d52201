/**
 * gov-host: the page is on a government host — gov.cn or below it (www.gov.cn,
 * xxgk.mee.gov.cn), or a host the user listed (`*.gov.hk`, `example.org`; see hosts.ts).
 * Scores THRESHOLD by itself: a government site is read even where its page shows little.
 */
import { hostMatches, matchingPattern } from './hosts.ts';
import { THRESHOLD, type Detector } from './types.ts';

/** Hosts that are government without the user saying so. */
export const GOV_HOSTS: readonly string[] = ['*.gov.cn'];

export const govHost: Detector = {
  id: 'gov-host',
  describe: {
    zh: '网站域名为政府域名（gov.cn）或用户添加的网站',
    en: 'The host is a government domain (gov.cn) or one the user added',
  },
  examples: {
    positive: [
      { url: 'https://www.gov.cn/zhengce/content/2022-10/30/content_5722.htm' },
      { url: 'http://xxgk.mee.gov.cn/xxgk2018/xxgk/xxgk05/202208/t20220811_991330.html' },
      { url: 'https://WWW.BEIJING.GOV.CN./zhengce/' },
      { host: 'gov.cn' },
    ],
    negative: [
      { url: 'https://gov.cn.example.com/zhengce/' },
      { url: 'https://mygov.cn/' },
      { url: 'https://blog.example.com/gov.cn/notes' },
      { url: 'https://www.info.gov.hk/gia/general/202401/02/P2024010200123.htm' },
      { url: 'not a url' },
    ],
  },
  detect(signals, context) {
    if (GOV_HOSTS.some((p) => hostMatches(signals.host, p))) {
      return {
        score: THRESHOLD,
        reason: { zh: `政府网站域名：${signals.host}`, en: `Government host: ${signals.host}` },
      };
    }
    const pattern = matchingPattern(signals.host, context.userHosts);
    if (pattern === null) return null;
    return {
      score: THRESHOLD,
      reason: {
        zh: `用户添加的网站：${signals.host}（${pattern}）`,
        en: `A host the user added: ${signals.host} (${pattern})`,
      },
    };
  },
};
