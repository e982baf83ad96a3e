import type { ConnectorKind } from '../connector.js';
import type { ConnectorDriver } from '../driver.js';
import { crowdstrikeDriver } from './crowdstrike.driver.js';
import { gophishDriver } from './gophish.driver.js';
import { graphDriver } from './graph.driver.js';
import { knowbe4Driver } from './knowbe4.driver.js';
import { oktaDriver } from './okta.driver.js';
import { proofpointTapDriver } from './proofpoint-tap.driver.js';

const drivers: Record<ConnectorKind, ConnectorDriver> = {
  okta: oktaDriver,
  graph: graphDriver,
  'proofpoint-tap': proofpointTapDriver,
  crowdstrike: crowdstrikeDriver,
  knowbe4: knowbe4Driver,
  gophish: gophishDriver,
};

export function driverOf(kind: ConnectorKind): ConnectorDriver {
  return drivers[kind];
}
