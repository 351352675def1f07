// The PNG getAs('image/png') returns: the chart's bars or line drawn as flat colour from its ranges' values.
import { deflateSync } from 'node:zlib';
import type { RangeRef } from '../state';
import type { ChartState } from './chart';

const WIDTH = 480;
const HEIGHT = 300;
const MARGIN = 20;
const DEFAULT_COLOURS = ['#1a73e8', '#e8710a', '#5f6368', '#1e8e3e'];

/** What a Blob answers in Apps Script: bytes, content type and a name. */
export class ChartBlob {
  private name = 'chart.png';

  constructor(
    private readonly bytes: Uint8Array,
    private readonly contentType: string,
  ) {}

  getBytes(): number[] {
    return Array.from(this.bytes);
  }

  getContentType(): string {
    return this.contentType;
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }
}

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

class Canvas {
  readonly pixels = new Uint8Array(WIDTH * HEIGHT * 3).fill(255);

  fill(x: number, y: number, width: number, height: number, colour: Rgb): void {
    for (let row = Math.max(0, Math.round(y)); row < Math.min(HEIGHT, Math.round(y + height)); row++)
      for (let column = Math.max(0, Math.round(x)); column < Math.min(WIDTH, Math.round(x + width)); column++)
        this.pixels.set(colour, (row * WIDTH + column) * 3);
  }
}

/** Series are the columns after the first (the labels); the header row is skipped. */
function seriesOf(state: ChartState, valuesOf: (ref: RangeRef) => unknown[][]): number[][] {
  const rows = state.ranges.flatMap((ref) => valuesOf(ref)).slice(1);
  const width = Math.max(0, ...rows.map((row) => row.length)) - 1;
  return Array.from({ length: width }, (_, series) =>
    rows.map((row) => (typeof row[series + 1] === 'number' ? (row[series + 1] as number) : 0)),
  );
}

function draw(state: ChartState, series: number[][], canvas: Canvas): void {
  const colours = ((state.options.colors as string[] | undefined) ?? DEFAULT_COLOURS).map(rgbOf);
  const count = series[0]?.length ?? 0;
  const stacked = state.options.isStacked === true;
  const totals = Array.from({ length: count }, (_, index) =>
    stacked
      ? series.reduce((sum, values) => sum + (values[index] ?? 0), 0)
      : Math.max(0, ...series.map((values) => values[index] ?? 0)),
  );
  const top = Math.max(1, ...totals);
  const plotWidth = WIDTH - 2 * MARGIN;
  const plotHeight = HEIGHT - 2 * MARGIN;
  const slot = (state.type === 'BAR' ? plotHeight : plotWidth) / Math.max(1, count);
  for (let index = 0; index < count; index++) {
    let start = 0;
    series.forEach((values, seriesIndex) => {
      const length = ((values[index] ?? 0) / top) * (state.type === 'BAR' ? plotWidth : plotHeight);
      const colour = colours[seriesIndex % colours.length] ?? [0, 0, 0];
      if (state.type === 'BAR')
        canvas.fill(MARGIN + start, MARGIN + index * slot + 2, length, slot - 4, colour);
      else
        canvas.fill(
          MARGIN + index * slot + 2,
          HEIGHT - MARGIN - start - length,
          slot - 4,
          Math.max(length, 2),
          colour,
        );
      if (stacked) start += length;
    });
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 255] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array(4 + data.length);
  body.set(Buffer.from(type, 'ascii'));
  body.set(data, 4);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.set(body, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function encodePng(canvas: Canvas): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const scanlines = new Uint8Array(HEIGHT * (1 + WIDTH * 3));
  for (let row = 0; row < HEIGHT; row++)
    scanlines.set(canvas.pixels.subarray(row * WIDTH * 3, (row + 1) * WIDTH * 3), row * (1 + WIDTH * 3) + 1);
  const signature = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export function chartPng(state: ChartState, valuesOf: (ref: RangeRef) => unknown[][]): Uint8Array {
  const canvas = new Canvas();
  draw(state, seriesOf(state, valuesOf), canvas);
  return encodePng(canvas);
}
