import { gasException } from './exception';
import { gasEnum, type GasEnumValue } from './gasEnum';
import { SERVICE, type ServiceObject } from './serviceBoundary';

const WeekDay = gasEnum(
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
);
const EventType = gasEnum(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
);
const AuthMode = gasEnum('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
const TriggerSource = gasEnum('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');

/** What a clock trigger was built with, for tests to assert on. */
export interface ClockSchedule {
  weekDay: GasEnumValue | null;
  atHour: number | null;
  nearMinute: number | null;
  everyDays: number | null;
  everyWeeks: number | null;
  everyHours: number | null;
  timeZone: string | null;
}

export class FakeTrigger implements ServiceObject {
  readonly [SERVICE] = 'Trigger';

  constructor(
    private readonly uniqueId: string,
    private readonly handlerFunction: string,
    private readonly eventType: GasEnumValue,
    readonly schedule: ClockSchedule | null,
  ) {}

  getUniqueId(): string {
    return this.uniqueId;
  }

  getHandlerFunction(): string {
    return this.handlerFunction;
  }

  getEventType(): GasEnumValue {
    return this.eventType;
  }

  getTriggerSource(): GasEnumValue {
    return this.eventType === EventType.CLOCK ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS;
  }
}

export class FakeScriptApp implements ServiceObject {
  readonly [SERVICE] = 'ScriptApp';
  readonly WeekDay = WeekDay;
  readonly EventType = EventType;
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly triggers: FakeTrigger[] = [];
  private lastTriggerId = 0;

  getProjectTriggers(): FakeTrigger[] {
    return this.triggers.slice();
  }

  /** Triggers are the user's own; the harness has a single user. */
  getUserTriggers(_spreadsheet: unknown): FakeTrigger[] {
    return this.getProjectTriggers();
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this, String(functionName));
  }

  deleteTrigger(trigger: FakeTrigger): void {
    const index = this.triggers.findIndex((other) => other.getUniqueId() === trigger.getUniqueId());
    if (index >= 0) this.triggers.splice(index, 1);
  }

  addTrigger(
    handler: string,
    eventType: GasEnumValue,
    schedule: ClockSchedule | null,
  ): FakeTrigger {
    const trigger = new FakeTrigger(String(++this.lastTriggerId), handler, eventType, schedule);
    this.triggers.push(trigger);
    return trigger;
  }
}

export class FakeTriggerBuilder implements ServiceObject {
  readonly [SERVICE] = 'TriggerBuilder';

  constructor(
    private readonly scriptApp: FakeScriptApp,
    private readonly handler: string,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.scriptApp, this.handler);
  }

  forSpreadsheet(_spreadsheet: unknown): FakeSpreadsheetTriggerBuilder {
    return new FakeSpreadsheetTriggerBuilder(this.scriptApp, this.handler);
  }
}

export class FakeSpreadsheetTriggerBuilder implements ServiceObject {
  readonly [SERVICE] = 'SpreadsheetTriggerBuilder';
  private eventType: GasEnumValue | null = null;

  constructor(
    private readonly scriptApp: FakeScriptApp,
    private readonly handler: string,
  ) {}

  onOpen(): FakeSpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_OPEN;
    return this;
  }

  onEdit(): FakeSpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_EDIT;
    return this;
  }

  onChange(): FakeSpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_CHANGE;
    return this;
  }

  create(): FakeTrigger {
    if (!this.eventType)
      throw gasException('Trigger type not set: call onOpen(), onEdit() or onChange() first.');
    return this.scriptApp.addTrigger(this.handler, this.eventType, null);
  }
}

export class FakeClockTriggerBuilder implements ServiceObject {
  readonly [SERVICE] = 'ClockTriggerBuilder';
  private readonly schedule: ClockSchedule = {
    weekDay: null,
    atHour: null,
    nearMinute: null,
    everyDays: null,
    everyWeeks: null,
    everyHours: null,
    timeZone: null,
  };

  constructor(
    private readonly scriptApp: FakeScriptApp,
    private readonly handler: string,
  ) {}

  onWeekDay(day: GasEnumValue): FakeClockTriggerBuilder {
    return this.with({ weekDay: day });
  }

  atHour(hour: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw gasException('Invalid argument: hour');
    return this.with({ atHour: hour });
  }

  nearMinute(minute: number): FakeClockTriggerBuilder {
    return this.with({ nearMinute: minute });
  }

  everyDays(days: number): FakeClockTriggerBuilder {
    return this.with({ everyDays: days });
  }

  everyWeeks(weeks: number): FakeClockTriggerBuilder {
    return this.with({ everyWeeks: weeks });
  }

  everyHours(hours: number): FakeClockTriggerBuilder {
    return this.with({ everyHours: hours });
  }

  inTimezone(timeZone: string): FakeClockTriggerBuilder {
    return this.with({ timeZone: String(timeZone) });
  }

  create(): FakeTrigger {
    return this.scriptApp.addTrigger(this.handler, EventType.CLOCK, { ...this.schedule });
  }

  private with(part: Partial<ClockSchedule>): FakeClockTriggerBuilder {
    Object.assign(this.schedule, part);
    return this;
  }
}
