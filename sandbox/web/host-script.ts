/**
 * The host pages' script: the acting-user switch, the comment and transition forms (which call
 * the emulated REST API as the page's user) and the sizing of Custom UI iframes to their content.
 */
export const hostScript = `(() => {
  const settleThenReload = async (status) => {
    status.textContent = 'Done. Waiting for the app to react…';
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

  const send = async (form, url, body) => {
    const status = form.querySelector('.form-status');
    const buttons = form.querySelectorAll('button');
    buttons.forEach((button) => { button.disabled = true; });
    status.className = 'form-status';
    status.textContent = 'Sending…';
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(await errorOf(response));
      await settleThenReload(status);
    } catch (error) {
      status.className = 'form-status error';
      status.textContent = error.message;
      buttons.forEach((button) => { button.disabled = false; });
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
      send(form, '/rest/servicedeskapi/request/' + key + '/comment', { body, public: isPublic });
    });
  });

  document.querySelectorAll('form[data-transition-form]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = encodeURIComponent(form.dataset.issueKey);
      const id = event.submitter && event.submitter.value;
      send(form, '/rest/api/3/issue/' + key + '/transitions', { transition: { id } });
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
