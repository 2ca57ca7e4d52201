/**
 * Character variants folded for matching: full-width ASCII, bracket and punctuation widths,
 * and traditional characters to simplified (the whole one-to-one table of traditional.ts,
 * then the keywords and suffixes the extractors look for). Every mapping is one character to
 * one character, so folding never moves an offset.
 */
import { TRADITIONAL_PAIRS } from './traditional.ts';


/** Traditional → simplified for the words that matter (keywords, unit suffixes, places). */
const TRADITIONAL =
  '號号條条辦办負负責责牽牵頭头單单會会內内屆届滿满執执實实廢废務务門门國国廳厅處处隊队組组館馆' +
  '區区縣县鎮镇鄉乡業业衛卫醫医療疗發发佈布頒颁週周時时個个後后開开關关與与參参為为無无從从' +
  '於于議议對对應应來来見见間间兩两歲岁並并據据規规劃划種种類类總总體体點点問问題题現现' +
  '級级專专庫库圍围聯联標标準准違违權权證证廠厂農农礦矿產产資资環环護护設设備备計计劃划' +
  '財财稅税價价貿贸經经濟济銀银險险審审監监運运輸输電电鐵铁網网線线訊讯郵邮傳传紀纪' +
  '黨党員员機机構构織织辭辞職职軍军協协調调質质糧粮漁渔補补貼贴獎奖勵励採采購购' +
  '辦办廳厅廣广東东蘇苏滬沪鄭郑漢汉遼辽寧宁龍龙陝陕贛赣閩闽瓊琼雲云貴贵' +
  '島岛灣湾臺台嶺岭濱滨陽阳華华萬万億亿歷历曆历屬属辯辩處处帶带幹干學学習习醫医藥药' +
  '禮礼觀观戶户險险災灾檢检驗验訂订適适認认識识誌志錄录鄰邻遺遗產产濟济韓韩勞劳動动' +
  '園园區区達达遷迁邊边遞递選选遠远還还進进過过這这處处誤误術术將将導导縮缩檔档錢钱' +
  '終终紙纸結结統统續续維维綠绿繼继細细紅红約约絡络縱纵繫系給给絕绝缐线綜综織织績绩' +
  '項项順顺須须預预領领頻频額额顯显頁页願愿類类顧顾風风飛飞館馆養养驗验體体髮发鬥斗' +
  '報报紹绍說说請请讀读課课論论試试誠诚謀谋調调諮咨詢询語语講讲證证譯译護护讓让' +
  '貨货負负貢贡販贩責责買买費费資资賦赋賞赏質质贈赠趨趋車车軌轨較较載载輔辅輪轮轄辖' +
  '農农邊边鄉乡針针錯错鋼钢長长門门閉闭開开閱阅陸陆陳陈隨随險险隱隐雜杂離离難难' +
  '電电靈灵韌韧頂顶項项預预頒颁頓顿飲饮飯饭餘余館馆馬马駐驻驗验魚鱼鳥鸟麥麦齊齐齡龄' +
  '別别戰战眾众節节範范歸归營营藝艺雙双聽听測测溫温壓压氣气憲宪節节獲获圖图圓圆團团條条' +
  '鐘钟錶表誌志災灾謝谢獨独攜携稱称歡欢態态慶庆應应懷怀擔担據据擴扩擇择攤摊敗败敵敌' +
  '標标樣样構构橋桥檢检殘残毀毁氫氢漲涨濟济災灾爭争爾尔牆墙獄狱獻献瑪玛畢毕畫画盡尽' +
  '確确禦御稅税穩稳竊窃競竞筆笔築筑簡简糾纠紐纽純纯組组經经綱纲網网緊紧線线編编緩缓' +
  '縣县縱纵總总績绩織织繳缴罰罚羅罗義义習习聖圣聯联聲声職职膽胆興兴舊旧艦舰莊庄華华' +
  '萬万葉叶蘭兰處处號号補补裝装製制複复親亲覽览觸触計计訂订訊讯託托記记設设' +
  '許许診诊詞词評评詳详誤误認认誘诱語语課课調调談谈請请諾诺謂谓謹谨證证識识議议護护' +
  '讓让豐丰貝贝負负財财貫贯貧贫購购貸贷費费貿贸資资賠赔賦赋質质賴赖購购贊赞趕赶跡迹' +
  '蹤踪車车軍军軟软較较輕轻載载輔辅輸输轉转辦办農农邊边遞递適适選选遲迟遺遗還还邏逻' +
  '鄉乡醫医釋释針针鋪铺錄录鍵键鎮镇鐵铁長长門门閘闸閱阅闆板關关陣阵陰阴陽阳隊队' +
  '階阶際际隨随險险隸隶雜杂雞鸡離离難难雲云電电靜静響响頂顶順顺須须頻频顧顾類类飛飞';

const fold = new Map<number, number>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
  fold.set(TRADITIONAL_PAIRS.charCodeAt(i), TRADITIONAL_PAIRS.charCodeAt(i + 1));
}
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) {
  fold.set(TRADITIONAL.charCodeAt(i), TRADITIONAL.charCodeAt(i + 1));
}

/** Width and punctuation folds: one ASCII form for what government texts write two ways. */
const PUNCT: Record<string, string> = {
  '（': '(', '）': ')', '［': '[', '］': ']', '：': ':', '；': ';', '，': ',', '／': '/',
  '－': '-', '﹝': '〔', '﹞': '〕', '–': '—', '―': '—', '─': '—', '○': '〇', '◯': '〇',
};
for (const [from, to] of Object.entries(PUNCT)) {
  if (from.length === 1 && to.length === 1) fold.set(from.charCodeAt(0), to.charCodeAt(0));
}

/**
 * The fold of every UTF-16 code unit, as one table: the text model folds each character of
 * every page it reads, so this is a lookup, not a search.
 */
export const FOLD: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  // Full-width ASCII block (digits, letters, punctuation): U+FF01..U+FF5E → U+0021..U+007E.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (const [from, to] of fold) t[from] = to;
  return t;
})();

/** Folds one UTF-16 code unit; returns it unchanged when nothing applies. */
export function foldChar(code: number): number {
  return FOLD[code]!;
}

/** Folds a short keyword list the same way, so patterns can be written in either script. */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldChar(s.charCodeAt(i)));
  return out;
}
