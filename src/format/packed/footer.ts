import { type AsyncBuffer, type FileMetaData, parquetMetadataAsync } from 'hyparquet';

const PAR1 = 0x31524150;

/**
 * A Parquet file's footer, fetched exactly: its length from the last 8 bytes, then the
 * footer itself. hyparquet alone fetches the last 512 KB whatever the footer's size, which
 * for the pyramid and the events file was a megabyte of the bytes before the first paint.
 */
export async function readFooter(file: AsyncBuffer): Promise<FileMetaData> {
  const tail = new DataView(await file.slice(Math.max(0, file.byteLength - 8)));
  if (tail.byteLength < 8 || tail.getUint32(4, true) !== PAR1) {
    throw new Error('no Parquet footer (PAR1)');
  }
  const length = tail.getUint32(0, true);
  return parquetMetadataAsync(file, { initialFetchSize: Math.min(file.byteLength, length + 8) });
}
