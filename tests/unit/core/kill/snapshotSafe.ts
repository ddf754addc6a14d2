/**
 * Imported first by the kill test's child (saver.ts), for its start from a V8 startup snapshot:
 * the heap after module evaluation is saved once per file, and every child starts from it instead
 * of compiling and evaluating its ~1 MB bundle again (zod schemas, i18n tables, fflate's tables).
 *
 * A snapshot cannot hold native objects, and three libraries make some at module evaluation: a
 * TextDecoder (fflate, image-size) and two Intl.NumberFormat (the report's number formats). While
 * the snapshot is built, those constructors are stand-ins that make the real object on first use,
 * never during the build; `restoreGlobals` puts the real constructors back before the snapshot is
 * taken, so whatever the child makes after its start is the real thing. Opening and saving go
 * through none of these objects; the stand-ins only have to behave the same if something did.
 */
import crypto from 'node:crypto';
import { startupSnapshot } from 'node:v8';

const building = startupSnapshot.isBuildingSnapshot();
const RealTextDecoder = globalThis.TextDecoder;
const RealNumberFormat = Intl.NumberFormat;
const realRandomUUID = crypto.randomUUID;

type DecoderArgs = ConstructorParameters<typeof TextDecoder>;
type FormatArgs = ConstructorParameters<typeof Intl.NumberFormat>;

class LazyTextDecoder {
  private real: TextDecoder | undefined;
  private readonly args: DecoderArgs;
  constructor(...args: DecoderArgs) {
    this.args = args;
  }
  // While the snapshot is built (fflate tries a decode at load), a throwaway decoder each time.
  private get decoder(): TextDecoder {
    if (startupSnapshot.isBuildingSnapshot()) return new RealTextDecoder(...this.args);
    return (this.real ??= new RealTextDecoder(...this.args));
  }
  decode(...input: Parameters<TextDecoder['decode']>): string {
    return this.decoder.decode(...input);
  }
  get encoding(): string {
    return this.decoder.encoding;
  }
  get fatal(): boolean {
    return this.decoder.fatal;
  }
  get ignoreBOM(): boolean {
    return this.decoder.ignoreBOM;
  }
}

class LazyNumberFormat {
  private real: Intl.NumberFormat | undefined;
  private readonly args: FormatArgs;
  constructor(...args: FormatArgs) {
    this.args = args;
  }
  private get formatter(): Intl.NumberFormat {
    if (startupSnapshot.isBuildingSnapshot()) return new RealNumberFormat(...this.args);
    return (this.real ??= new RealNumberFormat(...this.args));
  }
  format(n: number | bigint): string {
    return this.formatter.format(n);
  }
  formatToParts(n: number | bigint): Intl.NumberFormatPart[] {
    return this.formatter.formatToParts(n);
  }
  resolvedOptions(): Intl.ResolvedNumberFormatOptions {
    return this.formatter.resolvedOptions();
  }
}

if (building) {
  globalThis.TextDecoder = LazyTextDecoder;
  Intl.NumberFormat = LazyNumberFormat as unknown as typeof Intl.NumberFormat;
  // Node draws ids from a pool it fills on first use: one filled now would be in the snapshot, and
  // every child would hand out the same ids. No module makes one at load; this says so if one ever does.
  crypto.randomUUID = () => {
    throw new Error('randomUUID called while the kill test snapshot is built: every child would draw the same ids');
  };
}

/** The real constructors again, once every module of the child has been evaluated. */
export function restoreGlobals(): void {
  globalThis.TextDecoder = RealTextDecoder;
  Intl.NumberFormat = RealNumberFormat;
  crypto.randomUUID = realRandomUUID;
}
