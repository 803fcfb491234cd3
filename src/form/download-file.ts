/** Hands the browser a file to save, made on the page: nothing is uploaded or kept. */
export function downloadFile(name: string, type: string, content: BlobPart): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the download has started, so the answers do not stay in memory as a URL.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
