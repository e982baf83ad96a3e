import type { DestinationKind } from '../destination.js';
import type { DestinationDriver } from './driver.js';
import { graph } from './graph.driver.js';
import { okta } from './okta.driver.js';
import { splunkHec } from './splunk-hec.driver.js';
import { syslogCef } from './syslog-cef.driver.js';
import { webhook } from './webhook.driver.js';

const drivers: Record<DestinationKind, DestinationDriver> = {
  'splunk-hec': splunkHec,
  'syslog-cef': syslogCef,
  webhook,
  okta,
  graph,
};

export function destinationDriverOf(kind: DestinationKind): DestinationDriver {
  return drivers[kind];
}
