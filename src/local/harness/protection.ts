import { gasEnum, type GasEnumValue } from './gasEnum';
import { SERVICE, type ServiceObject } from './serviceBoundary';

export const ProtectionType = gasEnum('RANGE', 'SHEET');

/** A sheet protection: recorded, not enforced (the script's user is the owner). */
export class FakeProtection implements ServiceObject {
  readonly [SERVICE] = 'Protection';
  private description = '';
  private warningOnly = false;

  constructor(private readonly onRemove: (protection: FakeProtection) => void) {}

  getProtectionType(): GasEnumValue {
    return ProtectionType.SHEET;
  }

  setDescription(description: string): FakeProtection {
    this.description = String(description);
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.warningOnly = Boolean(warningOnly);
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  canEdit(): boolean {
    return true;
  }

  remove(): void {
    this.onRemove(this);
  }
}
