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

/** What a clock trigger was built with, for tests to assert on. */
export interface ClockSchedule {
  weekDay: GasEnumValue | null;
  atHour: number | null;
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
}

export class FakeScriptApp implements ServiceObject {
  readonly [SERVICE] = 'ScriptApp';
  readonly WeekDay = WeekDay;
  readonly EventType = EventType;
  readonly triggers: FakeTrigger[] = [];
  private lastTriggerId = 0;

  getProjectTriggers(): FakeTrigger[] {
    return this.triggers.slice();
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
}

export class FakeClockTriggerBuilder implements ServiceObject {
  readonly [SERVICE] = 'ClockTriggerBuilder';
  private readonly schedule: ClockSchedule = {
    weekDay: null,
    atHour: null,
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
