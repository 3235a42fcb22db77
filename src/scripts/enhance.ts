/**
 * The one enhancement module reading pages carry. Everything works without
 * it: the header's Search link simply goes to /search/. With it, the link
 * (or "/" or Ctrl+K) opens a search box in a dialog; Escape closes it and
 * focus returns where it was.
 */
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const opener = document.querySelector<HTMLAnchorElement>('[data-search-opener]');

if (dialog && opener && typeof dialog.showModal === 'function') {
  let returnFocus: HTMLElement | null = null;
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;

  const open = () => {
    if (dialog.open) return;
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : opener;
    dialog.showModal();
    input.focus();
  };
  dialog.addEventListener('close', () => {
    returnFocus?.focus();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the form) closes, as readers expect of a modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  opener.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      open();
    }
  });
}
