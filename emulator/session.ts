// Session: the user running the script, the script time zone and the user's language.
// https://developers.google.com/apps-script/reference/base/session
import { SERVICE_NAME } from './counter';
import type { Runtime } from './runtime';

export class User {
  readonly [SERVICE_NAME] = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export class Session {
  readonly [SERVICE_NAME] = 'Session';

  constructor(
    private readonly runtime: Runtime,
    private readonly userLocale: string,
  ) {}

  getScriptTimeZone(): string {
    return this.runtime.scriptTimeZone;
  }

  getActiveUser(): User {
    return new User(this.runtime.userEmail);
  }

  getEffectiveUser(): User {
    return new User(this.runtime.userEmail);
  }

  /** Language code of the user, e.g. 'es' (https://developers.google.com/apps-script/reference/base/session#getactiveuserlocale). */
  getActiveUserLocale(): string {
    return this.userLocale;
  }

  getTemporaryActiveUserKey(): string {
    return `key-${this.runtime.userEmail}`;
  }
}
