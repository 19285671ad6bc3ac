import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readFooter } from './footer';

/** A file that counts the bytes asked of it. */
function counted(bytes: ArrayBuffer) {
  const asked: number[] = [];
  return {
    asked,
    file: {
      byteLength: bytes.byteLength,
      slice(start: number, end = bytes.byteLength) {
        asked.push(end - start);
        return bytes.slice(start, end);
      },
    },
  };
}

describe('readFooter', () => {
  it('fetches the footer exactly: its length, then itself, not hyparquet’s half megabyte', async () => {
    const values = Array.from({ length: 20_000 }, (_, i) => i);
    const bytes = parquetWriteBuffer({ columnData: [{ name: 'n', data: values, type: 'INT32' }] });
    const { file, asked } = counted(bytes);
    const metadata = await readFooter(file);
    expect(Number(metadata.num_rows)).toBe(values.length);
    expect(asked[0]).toBe(8);
    const footer = new DataView(bytes).getUint32(bytes.byteLength - 8, true);
    expect(asked.slice(1)).toEqual([footer + 8]);
  });

  it('says a file without a Parquet footer has none', async () => {
    const { file } = counted(new TextEncoder().encode('<html>not parquet</html>').buffer);
    await expect(readFooter(file)).rejects.toThrow('no Parquet footer (PAR1)');
  });
});
