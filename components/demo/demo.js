// The demo page's own script (an external file: the page's CSP allows no inline script).
// It handles what <gazette-lens-document> leaves to the host page: watches and the language.
const doc = document.getElementById('doc');
const status = document.getElementById('status');
const list = document.getElementById('watches');
const lang = document.getElementById('lang');

let last = null;
function showStatus() {
  if (!last) return;
  const { counts, documents } = last;
  status.textContent = doc.lang === 'en'
    ? `${documents} document(s): ${counts.deadline} deadlines, ${counts.unit} units, ${counts.docnum} numbers`
    : `${documents} 份文件：期限 ${counts.deadline}，责任单位 ${counts.unit}，文号 ${counts.docnum}`;
}

doc.addEventListener('gl-ready', (e) => {
  last = e.detail;
  showStatus();
});

doc.addEventListener('gl-watch', (e) => {
  const { text, due, title } = e.detail;
  const li = document.createElement('li');
  li.textContent = `${due ?? '—'} · ${text}${title ? ` · ${title}` : ''}`;
  list.append(li);
});

lang.addEventListener('click', () => {
  const en = doc.lang !== 'en';
  doc.lang = en ? 'en' : 'zh-CN';
  lang.textContent = en ? '中文' : 'English';
  showStatus();
});
