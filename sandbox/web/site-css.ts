/** The emulated Jira's own look: plain, readable, deliberately not Atlaskit. */
export const siteCss = `
/* Only --surface is Atlaskit's (elevation.surface), so an app's frame sits flush on its card. */
:root {
  --bg: #f6f7f9; --surface: #ffffff; --text: #1d2430; --muted: #5b6576; --line: #d9dee6;
  --accent: #2456c7; --accent-text: #ffffff; --internal: #fff4d6; --internal-line: #e8c766;
  --new: #dfe3ea; --progress: #d6e4ff; --done: #d5f2df; --danger: #b3261e;
  color-scheme: light;
}
html[data-theme='dark'] {
  --bg: #15181d; --surface: #1f1f21; --text: #e6e9ee; --muted: #a3acb9; --line: #343b46;
  --accent: #7aa2ff; --accent-text: #0d1422; --internal: #3a3220; --internal-line: #7a6526;
  --new: #343b46; --progress: #243a66; --done: #1f4a30; --danger: #ff8a80;
  color-scheme: dark;
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
a { color: var(--accent); }
header.top {
  display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: center;
  padding: 10px 24px; background: var(--surface); border-bottom: 1px solid var(--line);
}
header.top .brand { font-weight: 700; color: var(--text); text-decoration: none; }
header.top nav { display: flex; flex-wrap: wrap; gap: 16px; }
header.top .switches {
  margin-left: auto; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center;
  min-width: 0; max-width: 100%;
}
header.top .switches form, header.top .switches label { min-width: 0; max-width: 100%; }
header.top .switches label { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
header.top .switches select { min-width: 0; max-width: 100%; }
main { max-width: 960px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 8px; }
h2 { font-size: 1.15rem; margin: 28px 0 8px; }
.muted { color: var(--muted); }
.notice { background: var(--internal); border: 1px solid var(--internal-line); padding: 8px 12px; }
.card {
  background: var(--surface); border: 1px solid var(--line); border-radius: 6px; padding: 16px;
}
/* A wide table scrolls on its own instead of widening the page on a narrow screen. */
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; background: var(--surface); }
th, td {
  text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top;
}
th { font-size: 0.85rem; color: var(--muted); font-weight: 600; }
td.key { white-space: nowrap; }
.lozenge {
  display: inline-block; padding: 1px 8px; border-radius: 4px; font-size: 0.8rem;
  font-weight: 700; text-transform: uppercase; letter-spacing: 0.02em;
}
.lozenge.new { background: var(--new); }
.lozenge.indeterminate { background: var(--progress); }
.lozenge.done { background: var(--done); }
.tag {
  font-size: 0.75rem; font-weight: 700; padding: 0 6px; border-radius: 3px;
  border: 1px solid var(--line);
}
.comments { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
.comments li {
  background: var(--surface); border: 1px solid var(--line); border-radius: 6px;
  padding: 10px 14px;
}
.comments li.internal { background: var(--internal); border-color: var(--internal-line); }
.comments .meta { font-size: 0.85rem; color: var(--muted); margin-bottom: 4px; }
.comments .body, .pre-wrap { white-space: pre-wrap; }
form.comment textarea {
  width: 100%; min-height: 90px; font: inherit; padding: 8px; color: var(--text);
  background: var(--surface); border: 1px solid var(--line); border-radius: 4px;
}
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 8px; }
button, select {
  font: inherit; padding: 5px 12px; border-radius: 4px; border: 1px solid var(--line);
  background: var(--surface); color: var(--text); cursor: pointer;
}
button.primary {
  background: var(--accent); color: var(--accent-text); border-color: var(--accent);
}
button:disabled { opacity: 0.6; cursor: wait; }
.form-status { font-size: 0.9rem; }
.form-status.error { color: var(--danger); }
.notice.error { border-color: var(--danger); }
header.top a.clock.shifted { font-weight: 600; }
form.stacked label { display: block; margin: 0 0 12px; }
form.stacked input:not([type='hidden']), form.stacked select, form.stacked textarea {
  display: block; width: 100%; max-width: 28rem; margin-top: 4px;
}
form[data-clock-form] button { margin: 4px 4px 0 0; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 24px; }
@media (max-width: 860px) { .layout { grid-template-columns: 1fr; } }
/* The app's frame paints its own surface; a card around it keeps its text off the card's edge. */
section.app-frame {
  margin-top: 20px; padding: 12px 16px; background: var(--surface); border: 1px solid var(--line);
  border-radius: 6px;
}
section.app-frame h2 { margin-top: 0; }
section.app-frame iframe {
  display: block; width: 100%; height: 160px; border: 0; background: transparent;
}
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; }
`;
