/**
 * The host pages' script: the acting-user switch, the comment and transition forms (which call
 * the emulated REST API as the page's user) and the sizing of Custom UI iframes to their content.
 * A posted comment is shown at once; the page reloads once the app has reacted to it.
 */
export const hostScript = `(() => {
  const settleThenReload = async (status, saying) => {
    status.textContent = saying;
    try {
      await fetch('/sandbox/settle', { method: 'POST' });
    } finally {
      setTimeout(() => location.reload(), 400);
    }
  };

  const errorOf = async (response) => {
    try {
      const body = await response.json();
      return body.errorMessage || (body.errorMessages && body.errorMessages[0]) ||
        Object.values(body.errors || {})[0] || response.statusText;
    } catch {
      return response.status + ' ' + response.statusText;
    }
  };

  const showComment = (comment) => {
    const list = document.querySelector('[data-comment-list]');
    if (!list || !comment || typeof comment.body !== 'string') return;
    const showsVisibility = list.dataset.showVisibility === 'true';
    const empty = list.querySelector('[data-no-comments]');
    if (empty) empty.remove();

    const item = document.createElement('li');
    item.dataset.commentId = String(comment.id);
    if (showsVisibility && comment.public === false) item.className = 'internal';
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = ((comment.author && comment.author.displayName) || 'You') + ' · just now ';
    if (showsVisibility) {
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = comment.public === false ? 'Internal' : 'Public';
      meta.append(tag);
    }
    const text = document.createElement('div');
    text.className = 'body';
    text.textContent = comment.body;
    item.append(meta, text);
    list.querySelector('ol.comments').append(item);
  };

  const send = async (form, url, body, saying, onSaved) => {
    const status = form.querySelector('.form-status');
    const fields = form.querySelectorAll('button, textarea, input');
    fields.forEach((field) => { field.disabled = true; });
    status.className = 'form-status';
    status.textContent = 'Sending…';
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(await errorOf(response));
      if (onSaved) onSaved(await response.json().catch(() => null));
      await settleThenReload(status, saying);
    } catch (error) {
      status.className = 'form-status error';
      status.textContent = error.message;
      fields.forEach((field) => { field.disabled = false; });
    }
  };

  document.querySelectorAll('select[data-submit-on-change]').forEach((select) => {
    select.addEventListener('change', () => select.form.submit());
  });

  document.querySelectorAll('form[data-comment-form]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = encodeURIComponent(form.dataset.issueKey);
      const choice = form.querySelector('input[name="visibility"]:checked');
      const isPublic = choice ? choice.value === 'public' : true;
      const body = form.querySelector('textarea').value;
      const url = '/rest/servicedeskapi/request/' + key + '/comment';
      send(form, url, { body, public: isPublic }, 'Saved. Waiting for the app…', (comment) => {
        showComment(comment);
        form.querySelector('textarea').value = '';
      });
    });
  });

  document.querySelectorAll('form[data-feedback-form]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = encodeURIComponent(form.dataset.issueKey);
      const rating = Number(form.querySelector('select[name="rating"]').value);
      const remark = form.querySelector('textarea').value.trim();
      const body = { type: 'csat', rating, ...(remark ? { comment: { body: remark } } : {}) };
      send(form, '/rest/servicedeskapi/request/' + key + '/feedback', body,
        'Thanks for the rating.');
    });
  });

  document.querySelectorAll('form[data-transition-form]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = encodeURIComponent(form.dataset.issueKey);
      const id = event.submitter && event.submitter.value;
      send(form, '/rest/api/3/issue/' + key + '/transitions', { transition: { id } },
        'Done. Waiting for the app…');
    });
  });

  const frames = () => Array.from(document.querySelectorAll('iframe[data-frame-id]'));
  const setHeight = (frame, height) => {
    if (height > 0 && Math.abs(frame.offsetHeight - height) > 2) frame.style.height = height + 'px';
  };
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== location.origin || !data || data.type !== 'sandbox:frame-height') return;
    const frame = frames().find((f) => f.dataset.frameId === data.frameId);
    if (frame) setHeight(frame, Number(data.height));
  });
  setInterval(() => {
    frames().forEach((frame) => {
      const doc = frame.contentDocument;
      if (doc && doc.documentElement) setHeight(frame, doc.documentElement.offsetHeight);
    });
  }, 1000);
})();
`;
