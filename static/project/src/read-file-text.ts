/**
 * Reads a file the admin picked as text. FileReader rather than `File#text()`, which some
 * embedded browsers and test DOMs still lack. Rejects when the file cannot be read.
 */
export const readFileText = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('The file could not be read.'));
    };
    reader.readAsText(file);
  });
