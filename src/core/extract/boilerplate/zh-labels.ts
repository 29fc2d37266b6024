// Traditional → simplified for the characters of Chinese byline labels, one character for one, so match positions stay valid.

/** Only label characters (记者, 来源, 发布时间, 责任编辑, 摄, 图 …): names and prose are never rewritten through this. */
const TRADITIONAL_TO_SIMPLIFIED: Record<string, string> = {
  記: '记', 編: '编', 輯: '辑', 責: '责', 來: '来', 發: '发', 佈: '布', 時: '时', 間: '间', 報: '报', 導: '导', 攝: '摄',
  圖: '图', 實: '实', 習: '习', 訊: '讯', 電: '电', 號: '号', 覽: '览', 讀: '读', 擊: '击', 評: '评', 論: '论', 關: '关',
  閉: '闭', 於: '于', 審: '审', 對: '对', 為: '为', 轉: '转', 載: '载', 請: '请',
  標: '标', 題: '题', 簽: '签', 類: '类', 鍵: '键', 詞: '词', 讚: '赞', 閱: '阅', 歡: '欢', 訂: '订',
  處: '处', 員: '员', 際: '际', 現: '现', 場: '场', 體: '体', 絡: '络', 網: '网',
};

/** Any of the traditional characters (each is one UTF-16 unit, so a character class finds them). */
const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join('')}]`, 'g');

/** `text` with its traditional label characters in simplified form; same length, same positions. */
export function simplifyLabels(text: string): string {
  // Most text holds none of them: then it comes back as it is, without a copy.
  return text.replace(TRADITIONAL, (ch) => TRADITIONAL_TO_SIMPLIFIED[ch]);
}
