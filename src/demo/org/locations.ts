/** An office of the demo organisation. Egress addresses come from the documentation ranges. */
export interface LocationSpec {
  name: string;
  timezone: string;
  city: string;
  state: string;
  country: string;
  latitude: number;
  longitude: number;
  share: number;
  /** First address of this office's /27 in 198.51.100.0/24 (RFC 5737, for documentation). */
  egressBase: number;
}

export const locations: readonly LocationSpec[] = [
  {
    name: 'London',
    timezone: 'Europe/London',
    city: 'London',
    state: 'England',
    country: 'GB',
    latitude: 51.5072,
    longitude: -0.1276,
    share: 0.22,
    egressBase: 0,
  },
  {
    name: 'New York',
    timezone: 'America/New_York',
    city: 'New York',
    state: 'New York',
    country: 'US',
    latitude: 40.7128,
    longitude: -74.006,
    share: 0.2,
    egressBase: 32,
  },
  {
    name: 'San Francisco',
    timezone: 'America/Los_Angeles',
    city: 'San Francisco',
    state: 'California',
    country: 'US',
    latitude: 37.7749,
    longitude: -122.4194,
    share: 0.13,
    egressBase: 64,
  },
  {
    name: 'Toronto',
    timezone: 'America/Toronto',
    city: 'Toronto',
    state: 'Ontario',
    country: 'CA',
    latitude: 43.6532,
    longitude: -79.3832,
    share: 0.07,
    egressBase: 96,
  },
  {
    name: 'Berlin',
    timezone: 'Europe/Berlin',
    city: 'Berlin',
    state: 'Berlin',
    country: 'DE',
    latitude: 52.52,
    longitude: 13.405,
    share: 0.1,
    egressBase: 128,
  },
  {
    name: 'Bangalore',
    timezone: 'Asia/Kolkata',
    city: 'Bengaluru',
    state: 'Karnataka',
    country: 'IN',
    latitude: 12.9716,
    longitude: 77.5946,
    share: 0.14,
    egressBase: 160,
  },
  {
    name: 'Singapore',
    timezone: 'Asia/Singapore',
    city: 'Singapore',
    state: 'Singapore',
    country: 'SG',
    latitude: 1.3521,
    longitude: 103.8198,
    share: 0.08,
    egressBase: 192,
  },
  {
    name: 'Sydney',
    timezone: 'Australia/Sydney',
    city: 'Sydney',
    state: 'New South Wales',
    country: 'AU',
    latitude: -33.8688,
    longitude: 151.2093,
    share: 0.06,
    egressBase: 224,
  },
];

/** Where attackers' infrastructure appears to be; addresses from 203.0.113.0/24 (RFC 5737). */
export interface AttackerOrigin {
  city: string;
  state: string;
  country: string;
  latitude: number;
  longitude: number;
  asOrg: string;
}

export const attackerOrigins: readonly AttackerOrigin[] = [
  {
    city: 'Amsterdam',
    state: 'North Holland',
    country: 'NL',
    latitude: 52.3676,
    longitude: 4.9041,
    asOrg: 'hosting provider',
  },
  {
    city: 'Ashburn',
    state: 'Virginia',
    country: 'US',
    latitude: 39.0438,
    longitude: -77.4874,
    asOrg: 'cloud provider',
  },
  {
    city: 'Sao Paulo',
    state: 'Sao Paulo',
    country: 'BR',
    latitude: -23.5558,
    longitude: -46.6396,
    asOrg: 'residential proxy',
  },
  {
    city: 'Lagos',
    state: 'Lagos',
    country: 'NG',
    latitude: 6.5244,
    longitude: 3.3792,
    asOrg: 'mobile carrier',
  },
  {
    city: 'Bucharest',
    state: 'Bucharest',
    country: 'RO',
    latitude: 44.4268,
    longitude: 26.1025,
    asOrg: 'hosting provider',
  },
  {
    city: 'Hanoi',
    state: 'Hanoi',
    country: 'VN',
    latitude: 21.0278,
    longitude: 105.8342,
    asOrg: 'residential proxy',
  },
  {
    city: 'Frankfurt',
    state: 'Hesse',
    country: 'DE',
    latitude: 50.1109,
    longitude: 8.6821,
    asOrg: 'VPN provider',
  },
];
