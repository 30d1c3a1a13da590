// Uploads a petition log and polls its progress (rows and percent) until the load ends.
(function () {
  const form = document.getElementById('petition-upload');
  if (!form) return;
  const bar = document.getElementById('petition-progress');
  const status = document.getElementById('petition-status');
  const csrf = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    const headers = {};
    if (csrf && csrfHeader) headers[csrfHeader.content] = csrf.content;
    bar.hidden = false;
    bar.value = 0;
    status.textContent = '正在上传…';
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: headers });
    if (!response.ok) {
      const body = await response.json().catch(function () { return {}; });
      status.textContent = body.error || ('上传失败（' + response.status + '）');
      return;
    }
    const token = (await response.json()).token;
    const poll = async function () {
      const r = await fetch(form.action + '/' + encodeURIComponent(token));
      if (!r.ok) { status.textContent = '无法读取进度'; return; }
      const s = await r.json();
      bar.value = s.percent;
      if (s.done) {
        const word = { LOADED: '已导入', SKIPPED: '已导入过', REJECTED: '未导入', FAILED: '失败', INTERRUPTED: '中断' }[s.outcome] || s.outcome;
        status.textContent = s.fileName + '：' + word + '。' + (s.message || '');
        return;
      }
      status.textContent = s.fileName + '：' + s.phase + ' ' + s.rows.toLocaleString('zh-CN') + ' 行，' + s.percent + '%';
      setTimeout(poll, 500);
    };
    poll();
  });
})();
