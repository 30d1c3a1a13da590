/*
 * doudi findings page: the workflow's actions (说明, 已更正, 重新打开) post to /api/findings/{id}/...
 * with the CSRF token; failures are shown in the row, the list itself never depends on them.
 */
(function () {
  'use strict';

  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  function explain(response) {
    if (response.status === 403) {
      return '无权执行该操作';
    }
    if (response.status === 404 || response.status === 405) {
      return '该操作暂不可用（核查发现处理服务未启用）';
    }
    return response.text().then(function (text) {
      var message = '';
      try {
        var body = JSON.parse(text);
        message = body.message || body.detail || body.error || '';
      } catch (e) {
        message = '';
      }
      return '操作未成功（' + response.status + '）' + (message ? '：' + message : '');
    });
  }

  function show(row, text, isError) {
    var result = row.querySelector('.action-result');
    result.textContent = text;
    result.className = 'action-result ' + (isError ? 'error-text' : 'muted');
  }

  function act(button) {
    var row = button.closest('[data-id]');
    var id = row.getAttribute('data-id');
    var note = row.querySelector('.finding-note').value.trim();
    var action = button.getAttribute('data-action');
    if ((action === 'explain' || action === 'correct') && note === '') {
      show(row, '请先填写说明或更正依据', true);
      return;
    }
    button.disabled = true;
    fetch('/api/findings/' + encodeURIComponent(id) + '/' + action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: csrfHeaders(),
      body: JSON.stringify({ reason: note })
    })
      .then(function (response) {
        if (response.ok) {
          show(row, '已保存，正在刷新…', false);
          window.location.reload();
          return null;
        }
        return Promise.resolve(explain(response)).then(function (message) {
          show(row, message, true);
        });
      })
      .catch(function () {
        show(row, '无法连接服务器，请稍后再试', true);
      })
      .then(function () {
        button.disabled = false;
      });
  }

  function history(button) {
    var row = button.closest('[data-id]');
    var id = row.getAttribute('data-id');
    fetch('/api/findings/' + encodeURIComponent(id) + '/history', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then(function (response) {
        if (!response.ok) {
          return Promise.resolve(explain(response)).then(function (message) {
            show(row, message, true);
          });
        }
        return response.json().then(function (entries) {
          var list = Array.isArray(entries) ? entries : entries.history || [];
          if (list.length === 0) {
            show(row, '暂无处理记录', false);
            return;
          }
          show(
            row,
            list
              .map(function (e) {
                return [e.occurredAtText || '', e.actorName || e.actor || '', e.toStatusLabel || e.action || '', e.reason || '']
                  .filter(Boolean)
                  .join(' ');
              })
              .join('；'),
            false
          );
        });
      })
      .catch(function () {
        show(row, '无法连接服务器，请稍后再试', true);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.finding-action').forEach(function (button) {
      button.addEventListener('click', function () {
        act(button);
      });
    });
    document.querySelectorAll('.finding-history').forEach(function (button) {
      button.addEventListener('click', function () {
        history(button);
      });
    });
  });
})();
