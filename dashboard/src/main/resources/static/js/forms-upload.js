// Upload areas of the forms page: drag several files or pick them; each file is sent on its own,
// one after another, with its progress and then its result in plain Chinese.
(function () {
  'use strict';

  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function send(area, file, item) {
    return new Promise(function (resolve) {
      var bar = item.querySelector('progress');
      var state = item.querySelector('.upload-state');
      var data = new FormData();
      data.append('file', file, file.name);
      var period = area.querySelector('input[name="period"]');
      if (period && period.value) { data.append('period', period.value); }
      var intoDemo = document.getElementById('into-demo');
      if (intoDemo && intoDemo.checked) { data.append('intoDemo', 'true'); }
      var xhr = new XMLHttpRequest();
      xhr.open('POST', area.getAttribute('data-upload-url'));
      if (csrfToken && csrfHeader) { xhr.setRequestHeader(csrfHeader.content, csrfToken.content); }
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = function (event) {
        if (event.lengthComputable) {
          bar.value = Math.round(event.loaded * 90 / event.total);
          state.textContent = '上传中 ' + bar.value + '%';
        }
      };
      xhr.upload.onload = function () {
        bar.value = 95;
        state.textContent = '正在检查和导入…';
      };
      xhr.onload = function () {
        bar.value = 100;
        var result;
        try { result = JSON.parse(xhr.responseText); } catch (e) { result = null; }
        if (!result || (!result.status && !result.messages) || (xhr.status !== 200 && !result.messages)) {
          result = { status: 'REJECTED', headline: '未导入', messages: [
            xhr.status === 413 ? '文件太大，超过了允许的大小' :
            xhr.status === 403 ? '没有上传权限，或登录已过期，请刷新页面重新登录' :
            '服务器没有正常回应（' + xhr.status + '），请稍后重试'] };
        }
        show(item, result);
        resolve(result);
      };
      xhr.onerror = function () {
        show(item, { status: 'REJECTED', headline: '未导入', messages: ['网络中断，文件没有上传成功，请重试'] });
        resolve(null);
      };
      xhr.send(data);
    });
  }

  function show(item, result) {
    item.className = 'upload-item ' + result.status.toLowerCase();
    item.querySelector('progress').hidden = true;
    item.querySelector('.upload-state').textContent = result.headline +
        (result.status === 'OK' && result.rows ? '（' + result.rows + ' 行）' : '');
    var list = element('ul', 'messages');
    (result.messages || []).forEach(function (message) {
      list.appendChild(element('li', message.indexOf('提醒') >= 0 ? 'warning' : '', message));
    });
    item.appendChild(list);
    if (result.findings) {
      item.appendChild(element('p', 'findings-note', result.findings));
    }
  }

  function upload(area, files) {
    var results = area.querySelector('.upload-results');
    var queue = Array.prototype.slice.call(files).map(function (file) {
      var item = element('li', 'upload-item waiting');
      item.appendChild(element('strong', 'upload-name', file.name));
      var bar = element('progress');
      bar.max = 100;
      bar.value = 0;
      item.appendChild(bar);
      item.appendChild(element('span', 'upload-state', '等待上传'));
      results.appendChild(item);
      return { file: file, item: item };
    });
    var chain = Promise.resolve();
    queue.forEach(function (entry) {
      chain = chain.then(function () { return send(area, entry.file, entry.item); });
    });
    chain.then(function () {
      if (!area.querySelector('.reload-hint')) {
        var hint = element('p', 'reload-hint');
        var link = element('a', '', area.getAttribute('data-reload-text') || '刷新页面，查看最新的统计表列表');
        link.href = window.location.pathname;
        hint.appendChild(link);
        area.appendChild(hint);
      }
    });
  }

  document.querySelectorAll('.upload').forEach(function (area) {
    var zone = area.querySelector('.dropzone');
    var input = area.querySelector('.file-input');
    input.addEventListener('change', function () {
      if (input.files.length) { upload(area, input.files); }
      input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add('over');
      });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.remove('over');
      });
    });
    zone.addEventListener('drop', function (event) {
      if (event.dataTransfer && event.dataTransfer.files.length) {
        upload(area, event.dataTransfer.files);
      }
    });
  });
}());
