// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database reachability */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
              /** @enum {string} */
              database: 'sqlite' | 'postgres';
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'unavailable';
              database: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/identities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the people and agents the caller may see */
    get: {
      parameters: {
        query?: {
          kind?: 'person' | 'agent';
          department?: string;
          /** @description Text to find in email, name, title or department */
          q?: string;
          active?: 'true' | 'false';
          sort?: 'name' | 'email' | 'department' | 'title' | 'created';
          order?: 'asc' | 'desc';
          /** @description Items per page */
          limit?: number;
          /** @description Opaque cursor from the previous page's `next` */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @enum {string} */
                kind: 'person' | 'agent';
                email: string;
                userName: string | null;
                name: string | null;
                department: string | null;
                title: string | null;
                location: string | null;
                timezone: string | null;
                managerId: string | null;
                ownerId: string | null;
                employmentType: string | null;
                startDate: string | null;
                businessUnitId: string | null;
                privileged: boolean;
                financialAuthority: boolean;
                scopes: string[];
                active: boolean;
                leftAt: string | null;
                source: string;
                createdAt: string;
                updatedAt: string;
              }[];
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/identities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One identity with its groups, manager and owner */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'person' | 'agent';
              email: string;
              userName: string | null;
              name: string | null;
              department: string | null;
              title: string | null;
              location: string | null;
              timezone: string | null;
              managerId: string | null;
              ownerId: string | null;
              employmentType: string | null;
              startDate: string | null;
              businessUnitId: string | null;
              privileged: boolean;
              financialAuthority: boolean;
              scopes: string[];
              active: boolean;
              leftAt: string | null;
              source: string;
              createdAt: string;
              updatedAt: string;
              groups: {
                id: string;
                name: string;
              }[];
              manager: {
                id: string;
                email: string;
                name: string | null;
              } | null;
              owner: {
                id: string;
                email: string;
                name: string | null;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ingest native events: a JSON array, or NDJSON with Content-Type application/x-ndjson */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description Native events (PRODUCT.md) */
      requestBody: {
        content: {
          'application/json': unknown[] | string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              records: number;
              events: number;
              stored: number;
              duplicate: number;
              rejected: number;
              ignored: number;
              /** @description The rejected records of this request, with their reasons (at most 100) */
              rejections: {
                line: number;
                reason: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/identities/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An identity's events in a time range, newest first */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          /** @description Comma-separated behaviour types */
          type?: string;
          /** @description Items per page */
          limit?: number;
          /** @description Opaque cursor from the previous page's `next` */
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                source: string;
                time: string;
                type: string;
                subject: string;
                identityId: string | null;
                severity: ('low' | 'medium' | 'high' | 'critical') | null;
                details: {
                  [key: string]: unknown;
                };
                ingestedAt: string;
              }[];
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ingest/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ingest records in a vendor format */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          format:
            | 'native'
            | 'ocsf'
            | 'gophish'
            | 'proofpoint-tap'
            | 'okta'
            | 'graph-signins'
            | 'graph-risk'
            | 'graph-alerts'
            | 'crowdstrike'
            | 'knowbe4'
            | 'cef';
        };
        cookie?: never;
      };
      /** @description A JSON document or array (application/json), NDJSON (application/x-ndjson) or lines (text/plain) */
      requestBody: {
        content: {
          'application/json': unknown;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              records: number;
              events: number;
              stored: number;
              duplicate: number;
              rejected: number;
              ignored: number;
              rejections: {
                line: number;
                reason: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Records that were rejected, with the reason and the raw record */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'replayed';
          format?: string;
          /** @description Items per page */
          limit?: number;
          /** @description Opaque cursor from the previous page's `next` */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                format: string;
                origin: string;
                line: number | null;
                reason: string;
                raw: string;
                /** @enum {string} */
                status: 'pending' | 'replayed';
                attempts: number;
                receivedAt: string;
                resolvedAt: string | null;
              }[];
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dead-letters/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run dead letters through ingest again (the given ids, or every pending one) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ids?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: {
                id: number;
                /** @enum {string} */
                outcome: 'stored' | 'duplicate' | 'ignored' | 'rejected';
                reason?: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The behaviour catalogue with this tenant's weights */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                type: string;
                /** @enum {string} */
                category:
                  | 'phishing'
                  | 'credentials'
                  | 'endpoint'
                  | 'data'
                  | 'cloud'
                  | 'device'
                  | 'protective'
                  | 'threat'
                  | 'agent';
                /** @enum {string} */
                component: 'behavior' | 'threat' | 'access';
                title: string;
                /** @enum {string} */
                polarity: 'risk' | 'protective';
                weight: number;
                halfLifeDays: number;
                incident: boolean;
                attack: string[];
                frameworks: string[];
                vendorEvents: string[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API tokens of this tenant (never their secrets) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string;
                /** @enum {string} */
                role:
                  | 'owner'
                  | 'admin'
                  | 'analyst'
                  | 'auditor'
                  | 'manager'
                  | 'employee'
                  | 'ingest'
                  | 'scim'
                  | 'ssf';
                subjectId: string | null;
                scope: {
                  departments?: string[];
                  businessUnits?: string[];
                };
                /** @description The first characters of the token, to recognise it */
                prefix: string;
                createdAt: string;
                lastUsedAt: string | null;
                revokedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Create an API token; the secret is in this response only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {string} */
            role:
              | 'owner'
              | 'admin'
              | 'analyst'
              | 'auditor'
              | 'manager'
              | 'employee'
              | 'ingest'
              | 'scim'
              | 'ssf';
            subject?: string;
            departments?: string[];
            businessUnits?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              /** @enum {string} */
              role:
                | 'owner'
                | 'admin'
                | 'analyst'
                | 'auditor'
                | 'manager'
                | 'employee'
                | 'ingest'
                | 'scim'
                | 'ssf';
              subjectId: string | null;
              scope: {
                departments?: string[];
                businessUnits?: string[];
              };
              /** @description The first characters of the token, to recognise it */
              prefix: string;
              createdAt: string;
              lastUsedAt: string | null;
              revokedAt: string | null;
              token: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a token */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with email and password (and a one-time code once enrolled)
     * @description Sets the HttpOnly `bulwark_session` cookie. Wrong credentials answer 401 whether or not the account exists; too many failures per account or address answer 429.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
            totp?: string;
            /** @description Slug of the tenant to start in */
            tenant?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                name: string | null;
                totpEnabled: boolean;
              };
              tenant: {
                id: string;
                slug: string;
                name: string;
              };
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              scope: {
                departments?: string[];
                businessUnits?: string[];
              };
              /** @description The directory identity of a manager or employee */
              subjectId: string | null;
              /** @description What the role may do in this tenant */
              permissions: (
                | 'directory:read'
                | 'directory:write'
                | 'events:read'
                | 'events:write'
                | 'deadletters:read'
                | 'deadletters:replay'
                | 'catalog:read'
                | 'tokens:manage'
                | 'scim'
                | 'account:self'
                | 'audit:read'
                | 'users:read'
                | 'users:manage'
                | 'sso:manage'
                | 'risk:read'
                | 'cohorts:write'
                | 'catalog:write'
                | 'connectors:read'
                | 'connectors:manage'
                | 'destinations:read'
                | 'destinations:manage'
                | 'ssf:streams'
                | 'ssf:keys'
              )[];
              /** @description Every tenant the user may switch to */
              tenants: {
                id: string;
                slug: string;
                name: string;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              }[];
              /** @enum {string} */
              method: 'password' | 'oidc' | 'saml' | 'email-link';
              /** @description Send as the x-csrf-token header on every POST, PUT, PATCH, DELETE */
              csrfToken: string;
              /** @description When the session ends however active */
              expiresAt: string;
              /** @description When the session ends without another request */
              idleExpiresAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, current tenant, role, scope, tenants and CSRF token */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                name: string | null;
                totpEnabled: boolean;
              };
              tenant: {
                id: string;
                slug: string;
                name: string;
              };
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              scope: {
                departments?: string[];
                businessUnits?: string[];
              };
              /** @description The directory identity of a manager or employee */
              subjectId: string | null;
              /** @description What the role may do in this tenant */
              permissions: (
                | 'directory:read'
                | 'directory:write'
                | 'events:read'
                | 'events:write'
                | 'deadletters:read'
                | 'deadletters:replay'
                | 'catalog:read'
                | 'tokens:manage'
                | 'scim'
                | 'account:self'
                | 'audit:read'
                | 'users:read'
                | 'users:manage'
                | 'sso:manage'
                | 'risk:read'
                | 'cohorts:write'
                | 'catalog:write'
                | 'connectors:read'
                | 'connectors:manage'
                | 'destinations:read'
                | 'destinations:manage'
                | 'ssf:streams'
                | 'ssf:keys'
              )[];
              /** @description Every tenant the user may switch to */
              tenants: {
                id: string;
                slug: string;
                name: string;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              }[];
              /** @enum {string} */
              method: 'password' | 'oidc' | 'saml' | 'email-link';
              /** @description Send as the x-csrf-token header on every POST, PUT, PATCH, DELETE */
              csrfToken: string;
              /** @description When the session ends however active */
              expiresAt: string;
              /** @description When the session ends without another request */
              idleExpiresAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/switch-tenant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Work in another tenant the user belongs to */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Slug or id */
            tenant: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                name: string | null;
                totpEnabled: boolean;
              };
              tenant: {
                id: string;
                slug: string;
                name: string;
              };
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              scope: {
                departments?: string[];
                businessUnits?: string[];
              };
              /** @description The directory identity of a manager or employee */
              subjectId: string | null;
              /** @description What the role may do in this tenant */
              permissions: (
                | 'directory:read'
                | 'directory:write'
                | 'events:read'
                | 'events:write'
                | 'deadletters:read'
                | 'deadletters:replay'
                | 'catalog:read'
                | 'tokens:manage'
                | 'scim'
                | 'account:self'
                | 'audit:read'
                | 'users:read'
                | 'users:manage'
                | 'sso:manage'
                | 'risk:read'
                | 'cohorts:write'
                | 'catalog:write'
                | 'connectors:read'
                | 'connectors:manage'
                | 'destinations:read'
                | 'destinations:manage'
                | 'ssf:streams'
                | 'ssf:keys'
              )[];
              /** @description Every tenant the user may switch to */
              tenants: {
                id: string;
                slug: string;
                name: string;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              }[];
              /** @enum {string} */
              method: 'password' | 'oidc' | 'saml' | 'email-link';
              /** @description Send as the x-csrf-token header on every POST, PUT, PATCH, DELETE */
              csrfToken: string;
              /** @description When the session ends however active */
              expiresAt: string;
              /** @description When the session ends without another request */
              idleExpiresAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/enroll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start enrolling an authenticator app; show the URI as a QR code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              otpauthUri: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish enrolling with a code from the app; sign-in then asks for a code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove the authenticator, proven with a current code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail a one-time sign-in link to a member of the tenant
     * @description Answers 202 whether or not the address belongs to a member, so that it does not tell. The link opens /sign-in/email#token=…, which posts the token to /email-link/redeem.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            tenant: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'sent-if-member';
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email-link/redeem': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange a sign-in link's token for a session (the link works once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                name: string | null;
                totpEnabled: boolean;
              };
              tenant: {
                id: string;
                slug: string;
                name: string;
              };
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              scope: {
                departments?: string[];
                businessUnits?: string[];
              };
              /** @description The directory identity of a manager or employee */
              subjectId: string | null;
              /** @description What the role may do in this tenant */
              permissions: (
                | 'directory:read'
                | 'directory:write'
                | 'events:read'
                | 'events:write'
                | 'deadletters:read'
                | 'deadletters:replay'
                | 'catalog:read'
                | 'tokens:manage'
                | 'scim'
                | 'account:self'
                | 'audit:read'
                | 'users:read'
                | 'users:manage'
                | 'sso:manage'
                | 'risk:read'
                | 'cohorts:write'
                | 'catalog:write'
                | 'connectors:read'
                | 'connectors:manage'
                | 'destinations:read'
                | 'destinations:manage'
                | 'ssf:streams'
                | 'ssf:keys'
              )[];
              /** @description Every tenant the user may switch to */
              tenants: {
                id: string;
                slug: string;
                name: string;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              }[];
              /** @enum {string} */
              method: 'password' | 'oidc' | 'saml' | 'email-link';
              /** @description Send as the x-csrf-token header on every POST, PUT, PATCH, DELETE */
              csrfToken: string;
              /** @description When the session ends however active */
              expiresAt: string;
              /** @description When the session ends without another request */
              idleExpiresAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/{tenant}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Send the browser to the tenant's identity provider */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tenant: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/{tenant}/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the identity provider returns; signs in and goes to the dashboard */
    get: {
      parameters: {
        query?: {
          propertyNames?: string;
          additionalProperties?: string;
        };
        header?: never;
        path: {
          tenant: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sso/oidc': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The OpenID Connect set-up */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issuer: string;
              clientId: string;
              /** @description The secret itself is never shown */
              hasClientSecret: boolean;
              defaultRole:
                ('owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee') | null;
              enabled: boolean;
              /** @description Register this at the identity provider */
              redirectUri: string;
              /** @description Where a sign-in button should send the browser */
              startUrl: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    /** Set up or change the OpenID Connect provider */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            issuer: string;
            clientId: string;
            /** @description Omit to keep the current one */
            clientSecret?: string;
            /**
             * @description Role for a verified email with no membership; null refuses them
             * @default null
             */
            defaultRole?:
              ('owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee') | null;
            /** @default true */
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              issuer: string;
              clientId: string;
              /** @description The secret itself is never shown */
              hasClientSecret: boolean;
              defaultRole:
                ('owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee') | null;
              enabled: boolean;
              /** @description Register this at the identity provider */
              redirectUri: string;
              /** @description Where a sign-in button should send the browser */
              startUrl: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Remove the OpenID Connect provider */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/saml/{tenant}/metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The service provider's SAML metadata (XML), for the identity provider */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tenant: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description SAML 2.0 metadata XML (application/samlmetadata+xml) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/saml/{tenant}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Send the browser to the tenant's SAML identity provider with an AuthnRequest */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tenant: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/saml/{tenant}/finish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Finishes a SAML sign-in in the browser that started it; goes to the dashboard */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tenant: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sso/saml/service-provider': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What to register at the identity provider, before or after setting it up here */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The service provider entity id (also the Audience) */
              entityId: string;
              /** @description Assertion Consumer Service URL (HTTP-POST binding) */
              acsUrl: string;
              /** @description Service provider metadata (XML) for the identity provider */
              metadataUrl: string;
              /** @description Where a sign-in button should send the browser */
              startUrl: string;
              metadataXml: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sso/saml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The SAML set-up */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              idpEntityId: string;
              ssoUrl: string;
              certificates: {
                fingerprint: string;
                subject: string;
                notAfter: string;
              }[];
              emailAttribute: string | null;
              defaultRole:
                ('owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee') | null;
              enabled: boolean;
              serviceProvider: {
                /** @description The service provider entity id (also the Audience) */
                entityId: string;
                /** @description Assertion Consumer Service URL (HTTP-POST binding) */
                acsUrl: string;
                /** @description Service provider metadata (XML) for the identity provider */
                metadataUrl: string;
                /** @description Where a sign-in button should send the browser */
                startUrl: string;
                metadataXml: string;
              };
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    /** Set up or change the SAML identity provider */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The IdP's entity id (Issuer) */
            idpEntityId: string;
            /** @description The IdP's single sign-on URL for the HTTP-Redirect binding */
            ssoUrl: string;
            /** @description The IdP's signing certificates, PEM or base64; several while it rolls its key. Omit to keep the current ones */
            certificates?: string[];
            /**
             * @description Attribute holding the email; null: the NameID is the email
             * @default null
             */
            emailAttribute?: string | null;
            /**
             * @description Role for an asserted email with no membership; null refuses them
             * @default null
             */
            defaultRole?:
              ('owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee') | null;
            /** @default true */
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              idpEntityId: string;
              ssoUrl: string;
              certificates: {
                fingerprint: string;
                subject: string;
                notAfter: string;
              }[];
              emailAttribute: string | null;
              defaultRole:
                ('owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee') | null;
              enabled: boolean;
              serviceProvider: {
                /** @description The service provider entity id (also the Audience) */
                entityId: string;
                /** @description Assertion Consumer Service URL (HTTP-POST binding) */
                acsUrl: string;
                /** @description Service provider metadata (XML) for the identity provider */
                metadataUrl: string;
                /** @description Where a sign-in button should send the browser */
                startUrl: string;
                metadataXml: string;
              };
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Remove the SAML identity provider */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/{tenant}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Send the browser to the start of the tenant's single sign-on (SAML or OIDC) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tenant: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members of this tenant with their roles, by email */
    get: {
      parameters: {
        query?: {
          /** @description Items per page */
          limit?: number;
          /** @description Opaque cursor from the previous page's `next` */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description The user id */
                id: string;
                email: string;
                name: string | null;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
                scope: {
                  departments?: string[];
                  businessUnits?: string[];
                };
                subjectId: string | null;
                signIn: {
                  password: boolean;
                  totp: boolean;
                };
                addedAt: string;
                updatedAt: string;
              }[];
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Add a person to this tenant (creating their account if new)
     * @description Accounts made here have no password: the person signs in through SSO or an email link.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
            /** @description Email or id of the identity (manager, employee) */
            subject?: string;
            departments?: string[];
            businessUnits?: string[];
            email: string;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The user id */
              id: string;
              email: string;
              name: string | null;
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              scope: {
                departments?: string[];
                businessUnits?: string[];
              };
              subjectId: string | null;
              signIn: {
                password: boolean;
                totp: boolean;
              };
              addedAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One member */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The user id */
              id: string;
              email: string;
              name: string | null;
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              scope: {
                departments?: string[];
                businessUnits?: string[];
              };
              subjectId: string | null;
              signIn: {
                password: boolean;
                totp: boolean;
              };
              addedAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a member from this tenant */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a member's role, scope or identity link */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
            /** @description Email or id of the identity (manager, employee) */
            subject?: string;
            departments?: string[];
            businessUnits?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The user id */
              id: string;
              email: string;
              name: string | null;
              /** @enum {string} */
              role: 'owner' | 'admin' | 'analyst' | 'auditor' | 'manager' | 'employee';
              scope: {
                departments?: string[];
                businessUnits?: string[];
              };
              subjectId: string | null;
              signIn: {
                password: boolean;
                totp: boolean;
              };
              addedAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This tenant's audit log, newest first */
    get: {
      parameters: {
        query?: {
          action?:
            | 'auth.login'
            | 'auth.login_failed'
            | 'auth.logout'
            | 'auth.tenant_switched'
            | 'auth.totp_enabled'
            | 'auth.totp_disabled'
            | 'auth.email_link_sent'
            | 'auth.sso_refused'
            | 'token.created'
            | 'token.revoked'
            | 'user.created'
            | 'membership.added'
            | 'membership.changed'
            | 'membership.removed'
            | 'sso.configured'
            | 'sso.removed'
            | 'deadletters.replayed'
            | 'import.directory'
            | 'import.events'
            | 'import.access'
            | 'scim.changed'
            | 'connector.created'
            | 'connector.changed'
            | 'connector.removed'
            | 'webhook.secret_set'
            | 'syslog.sources_changed'
            | 'destination.created'
            | 'destination.changed'
            | 'destination.removed'
            | 'destination.replayed'
            | 'ssf.stream_created'
            | 'ssf.stream_changed'
            | 'ssf.stream_removed'
            | 'ssf.stream_status'
            | 'ssf.key_rotated';
          actor?: string;
          from?: string;
          to?: string;
          /** @description Items per page */
          limit?: number;
          /** @description Opaque cursor from the previous page's `next` */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                seq: number;
                at: string;
                /** @description user:ID, token:ID, cli or anonymous */
                actor: string;
                ip: string | null;
                action: string;
                target: string | null;
                details: {
                  [key: string]: unknown;
                };
                prevHash: string;
                hash: string;
              }[];
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute this tenant's hash chain and report the first broken link */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              rows: number;
              head: {
                seq: number;
                hash: string;
              } | null;
              broken: {
                seq: number;
                kind: string;
                message: string;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download this tenant's whole audit log as CSV or JSON */
    get: {
      parameters: {
        query?: {
          format?: 'csv' | 'json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV with a header line, or a JSON array */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/identities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** People and agents the caller may see, riskiest first */
    get: {
      parameters: {
        query?: {
          kind?: 'person' | 'agent';
          department?: string;
          level?: 'low' | 'medium' | 'high' | 'critical';
          /** @description Text to find in email, name, title or department */
          q?: string;
          /** @description Items per page */
          limit?: number;
          /** @description Opaque cursor from the previous page's `next` */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description The Human Risk Index, 0–100 */
                risk: number;
                /** @description Probability-like part before impact, 0–100 */
                likelihood: number;
                behavior: number;
                threat: number;
                access: number;
                /** @description Share of behaviour points taken off by protective behaviour, % */
                protection: number;
                /** @description The index before owned agents are rolled up */
                ownRisk: number;
                /** @enum {string} */
                level: 'low' | 'medium' | 'high' | 'critical';
                /** @description Among identities of the same kind in the tenant, 0–100 */
                percentile: number;
                modelVersion: string;
                computedAt: string;
                identity: {
                  id: string;
                  /** @enum {string} */
                  kind: 'person' | 'agent';
                  email: string;
                  name: string | null;
                  department: string | null;
                  title: string | null;
                };
              }[];
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/identities/{id}/risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An identity's score and why: factors, behaviours and events with their points */
    get: {
      parameters: {
        query?: {
          events?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              identityId: string;
              score: {
                /** @description The Human Risk Index, 0–100 */
                risk: number;
                /** @description Probability-like part before impact, 0–100 */
                likelihood: number;
                behavior: number;
                threat: number;
                access: number;
                /** @description Share of behaviour points taken off by protective behaviour, % */
                protection: number;
                /** @description The index before owned agents are rolled up */
                ownRisk: number;
                /** @enum {string} */
                level: 'low' | 'medium' | 'high' | 'critical';
                /** @description Among identities of the same kind in the tenant, 0–100 */
                percentile: number;
                modelVersion: string;
                computedAt: string;
              };
              explanation: {
                /** @description The index of someone with no events and no access */
                baseline: number;
                factors: {
                  /** @enum {string} */
                  factor: 'behavior' | 'threat' | 'access' | 'protection' | 'agents';
                  value: number;
                  /** @description Points of the index due to this factor (Shapley value) */
                  points: number;
                }[];
                behaviours: {
                  type: string;
                  title: string;
                  factor: string;
                  events: number;
                  points: number;
                }[];
                events: {
                  eventId: string | null;
                  time: string;
                  type: string;
                  title: string;
                  points: number;
                  note?: string;
                }[];
                access: {
                  kind: string;
                  label: string;
                  points: number;
                }[];
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/identities/{id}/risk/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An identity's daily score snapshots (default: the last 90 days) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              identityId: string;
              items: {
                day: string;
                risk: number;
                likelihood: number;
                /** @enum {string} */
                level: 'low' | 'medium' | 'high' | 'critical';
                percentile: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/distribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Histogram, level counts and percentiles of the visible population */
    get: {
      parameters: {
        query?: {
          kind?: 'person' | 'agent';
          /** @description Groups smaller than this are hidden (at least 5) */
          minGroupSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description true when fewer identities than minGroupSize are visible */
              hidden: boolean;
              identities: number;
              mean: number | null;
              histogram: number[] | null;
              levels: {
                low: number;
                medium: number;
                high: number;
                critical: number;
              } | null;
              percentiles: {
                [key: string]: number;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Daily mean risk and level counts of the visible population */
    get: {
      parameters: {
        query?: {
          days?: number;
          /** @description Groups smaller than this are hidden (at least 5) */
          minGroupSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                day: string;
                identities: number;
                meanRisk: number;
                levels: {
                  low: number;
                  medium: number;
                  high: number;
                  critical: number;
                };
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/aggregates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Groups ranked by the lower confidence bound of their mean risk; small groups hidden */
    get: {
      parameters: {
        query: {
          dimension:
            'department' | 'location' | 'title' | 'manager' | 'businessUnit' | 'cohort' | 'tenant';
          kind?: 'person' | 'agent';
          /** @description Groups smaller than this are hidden (at least 5) */
          minGroupSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              dimension:
                | 'department'
                | 'location'
                | 'title'
                | 'manager'
                | 'businessUnit'
                | 'cohort'
                | 'tenant';
              minGroupSize: number;
              groups: {
                key: string;
                label: string;
                n: number;
                mean: number;
                sd: number;
                lowerBound: number;
                levels: {
                  low: number;
                  medium: number;
                  high: number;
                  critical: number;
                };
                highOrCritical: number;
              }[];
              /** @description Groups smaller than minGroupSize: named, without figures */
              hidden: {
                key: string;
                label: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/drivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The behaviours carrying the most points across the visible population */
    get: {
      parameters: {
        query?: {
          kind?: 'person' | 'agent';
          limit?: number;
          /** @description Groups smaller than this are hidden (at least 5) */
          minGroupSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hidden: boolean;
              items: {
                type: string;
                title: string;
                category: string;
                identities: number;
                points: number;
                share: number;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/backtest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How well scores as of a date ranked the incidents that followed, beside baselines */
    get: {
      parameters: {
        query: {
          /** @description YYYY-MM-DD (end of that day) or an ISO 8601 date-time */
          asOf: string;
          horizon?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              asOf: string;
              horizonDays: number;
              modelVersion: string;
              identities: number;
              identitiesWithIncident: number;
              incidents: number;
              impact: number;
              rankings: {
                /** @description likelihood, risk, or a baseline */
                name: string;
                /** @description null when it cannot be computed (no incident, or nobody without one) */
                auc: number | null;
                /** @description null when it cannot be computed (no incident, or nobody without one) */
                topDecileIncidents: number | null;
                /** @description null when it cannot be computed (no incident, or nobody without one) */
                topDecileImpact: number | null;
                calibration: {
                  decile: number;
                  identities: number;
                  withIncident: number;
                  /** @description null when it cannot be computed (no incident, or nobody without one) */
                  meanScore: number | null;
                  /** @description null when it cannot be computed (no incident, or nobody without one) */
                  observedRate: number | null;
                }[];
              }[];
              margins: {
                /** @description null when it cannot be computed (no incident, or nobody without one) */
                likelihoodAuc: number | null;
                /** @description null when it cannot be computed (no incident, or nobody without one) */
                riskTopDecileImpact: number | null;
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cohorts of the tenant, built-in ones first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                name: string;
                description: string | null;
                /** @enum {string} */
                kind: 'dynamic' | 'static';
                /** @description {"rule": …} or {"members": [identity ids]} (docs/risk-model.md §12) */
                definition: unknown;
                builtin: boolean;
                createdAt: string;
                updatedAt: string;
                evaluatedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a cohort; its members are evaluated before the response */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description?: string | null;
            definition: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              kind: 'dynamic' | 'static';
              /** @description {"rule": …} or {"members": [identity ids]} (docs/risk-model.md §12) */
              definition: unknown;
              builtin: boolean;
              createdAt: string;
              updatedAt: string;
              evaluatedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cohorts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One cohort */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              kind: 'dynamic' | 'static';
              /** @description {"rule": …} or {"members": [identity ids]} (docs/risk-model.md §12) */
              definition: unknown;
              builtin: boolean;
              createdAt: string;
              updatedAt: string;
              evaluatedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a cohort and its membership history */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a cohort's name, description or definition */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string | null;
            definition?: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              kind: 'dynamic' | 'static';
              /** @description {"rule": …} or {"members": [identity ids]} (docs/risk-model.md §12) */
              definition: unknown;
              builtin: boolean;
              createdAt: string;
              updatedAt: string;
              evaluatedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/cohorts/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current members the caller may see, riskiest first */
    get: {
      parameters: {
        query?: {
          /** @description Items per page */
          limit?: number;
          /** @description Opaque cursor from the previous page's `next` */
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                identityId: string;
                email: string;
                name: string | null;
                kind: string;
                risk: number;
                /** @enum {string} */
                level: 'low' | 'medium' | 'high' | 'critical';
                enteredAt: string;
              }[];
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cohorts/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Membership history: when each visible identity entered and left, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Items per page */
          limit?: number;
          /** @description Opaque cursor from the previous page's `next` */
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                identityId: string;
                email: string;
                enteredAt: string;
                leftAt: string | null;
              }[];
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/weights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Override behaviour weights (0–100); all are checked before any is stored */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Behaviour type → weight; every problem is reported as weightOverrides.<type> */
            weights: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              overrides: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Connectors and their status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @enum {string} */
                kind: 'okta' | 'graph' | 'proofpoint-tap' | 'crowdstrike' | 'knowbe4' | 'gophish';
                name: string;
                /** @description Settings as configured (never credentials) */
                settings: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                credentials: 'stored encrypted';
                intervalSeconds: number;
                enabled: boolean;
                nextRunAt: string;
                status: {
                  /** @enum {string} */
                  state: 'never' | 'running' | 'ok' | 'failed';
                  lastStartedAt: string | null;
                  lastFinishedAt: string | null;
                  lastSuccessAt: string | null;
                  lastError: string | null;
                  lastCounts: {
                    pages: number;
                    retries: number;
                    records: number;
                    stored: number;
                    duplicate: number;
                    rejected: number;
                    ignored: number;
                    people: number;
                    peopleHeld: number;
                    aliasesAdded: number;
                    linkedEvents: number;
                  } | null;
                  runs: number;
                  failures: number;
                  consecutiveFailures: number;
                };
                createdAt: string;
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Configure a connector */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'okta' | 'graph' | 'proofpoint-tap' | 'crowdstrike' | 'knowbe4' | 'gophish';
            name: string;
            /** @default {} */
            settings?: {
              [key: string]: unknown;
            };
            /** @description Sent once; stored encrypted, never returned */
            credentials: {
              [key: string]: unknown;
            };
            /** @default 900 */
            intervalSeconds?: number;
            /** @default true */
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'okta' | 'graph' | 'proofpoint-tap' | 'crowdstrike' | 'knowbe4' | 'gophish';
              name: string;
              /** @description Settings as configured (never credentials) */
              settings: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              credentials: 'stored encrypted';
              intervalSeconds: number;
              enabled: boolean;
              nextRunAt: string;
              status: {
                /** @enum {string} */
                state: 'never' | 'running' | 'ok' | 'failed';
                lastStartedAt: string | null;
                lastFinishedAt: string | null;
                lastSuccessAt: string | null;
                lastError: string | null;
                lastCounts: {
                  pages: number;
                  retries: number;
                  records: number;
                  stored: number;
                  duplicate: number;
                  rejected: number;
                  ignored: number;
                  people: number;
                  peopleHeld: number;
                  aliasesAdded: number;
                  linkedEvents: number;
                } | null;
                runs: number;
                failures: number;
                consecutiveFailures: number;
              };
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connectors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One connector and its status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'okta' | 'graph' | 'proofpoint-tap' | 'crowdstrike' | 'knowbe4' | 'gophish';
              name: string;
              /** @description Settings as configured (never credentials) */
              settings: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              credentials: 'stored encrypted';
              intervalSeconds: number;
              enabled: boolean;
              nextRunAt: string;
              status: {
                /** @enum {string} */
                state: 'never' | 'running' | 'ok' | 'failed';
                lastStartedAt: string | null;
                lastFinishedAt: string | null;
                lastSuccessAt: string | null;
                lastError: string | null;
                lastCounts: {
                  pages: number;
                  retries: number;
                  records: number;
                  stored: number;
                  duplicate: number;
                  rejected: number;
                  ignored: number;
                  people: number;
                  peopleHeld: number;
                  aliasesAdded: number;
                  linkedEvents: number;
                } | null;
                runs: number;
                failures: number;
                consecutiveFailures: number;
              };
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a connector and its stored credentials */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a connector (credentials only when given) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            settings?: {
              [key: string]: unknown;
            };
            credentials?: {
              [key: string]: unknown;
            };
            intervalSeconds?: number;
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'okta' | 'graph' | 'proofpoint-tap' | 'crowdstrike' | 'knowbe4' | 'gophish';
              name: string;
              /** @description Settings as configured (never credentials) */
              settings: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              credentials: 'stored encrypted';
              intervalSeconds: number;
              enabled: boolean;
              nextRunAt: string;
              status: {
                /** @enum {string} */
                state: 'never' | 'running' | 'ok' | 'failed';
                lastStartedAt: string | null;
                lastFinishedAt: string | null;
                lastSuccessAt: string | null;
                lastError: string | null;
                lastCounts: {
                  pages: number;
                  retries: number;
                  records: number;
                  stored: number;
                  duplicate: number;
                  rejected: number;
                  ignored: number;
                  people: number;
                  peopleHeld: number;
                  aliasesAdded: number;
                  linkedEvents: number;
                } | null;
                runs: number;
                failures: number;
                consecutiveFailures: number;
              };
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/connectors/{id}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a connector now and answer with its status */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'okta' | 'graph' | 'proofpoint-tap' | 'crowdstrike' | 'knowbe4' | 'gophish';
              name: string;
              /** @description Settings as configured (never credentials) */
              settings: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              credentials: 'stored encrypted';
              intervalSeconds: number;
              enabled: boolean;
              nextRunAt: string;
              status: {
                /** @enum {string} */
                state: 'never' | 'running' | 'ok' | 'failed';
                lastStartedAt: string | null;
                lastFinishedAt: string | null;
                lastSuccessAt: string | null;
                lastError: string | null;
                lastCounts: {
                  pages: number;
                  retries: number;
                  records: number;
                  stored: number;
                  duplicate: number;
                  rejected: number;
                  ignored: number;
                  people: number;
                  peopleHeld: number;
                  aliasesAdded: number;
                  linkedEvents: number;
                } | null;
                runs: number;
                failures: number;
                consecutiveFailures: number;
              };
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Webhook sources set up for this tenant, with deliveries received and refused */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                source: string;
                path: string;
                received: number;
                /** @description Refused for a missing or wrong signature */
                refused: number;
                lastReceivedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{source}/secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a new random secret for a webhook source (shown once) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          source:
            | 'native'
            | 'ocsf'
            | 'gophish'
            | 'proofpoint-tap'
            | 'okta'
            | 'graph-signins'
            | 'graph-risk'
            | 'graph-alerts'
            | 'crowdstrike'
            | 'knowbe4'
            | 'cef';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              source: string;
              secret: string;
              path: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/syslog/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sender networks whose syslog goes to this tenant */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              networks: string[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Send syslog from a network to this tenant */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description An address or CIDR block, e.g. 10.20.0.0/16 */
            network: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              networks: string[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    /** Stop taking syslog from a network */
    delete: {
      parameters: {
        query: {
          /** @description An address or CIDR block, e.g. 10.20.0.0/16 */
          network: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              networks: string[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/destinations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Destinations and their delivery status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @enum {string} */
                kind: 'splunk-hec' | 'syslog-cef' | 'webhook' | 'okta' | 'graph';
                name: string;
                /** @description Settings as configured (never credentials) */
                settings: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                credentials: 'stored encrypted' | 'none';
                /** @enum {string} */
                minLevel: 'low' | 'medium' | 'high' | 'critical';
                identityKinds: ('person' | 'agent')[];
                enabled: boolean;
                status: {
                  /** @description Messages waiting or being delivered */
                  pending: number;
                  /** @description Delivered in the last 7 days */
                  delivered: number;
                  dead: number;
                  lastError: string | null;
                  lastErrorAt: string | null;
                };
                createdAt: string;
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Configure a destination */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'splunk-hec' | 'syslog-cef' | 'webhook' | 'okta' | 'graph';
            name: string;
            /** @default {} */
            settings?: {
              [key: string]: unknown;
            };
            /** @description Sent once; stored encrypted, never returned */
            credentials?: {
              [key: string]: unknown;
            };
            /**
             * @default high
             * @enum {string}
             */
            minLevel?: 'low' | 'medium' | 'high' | 'critical';
            /**
             * @default [
             *       "person",
             *       "agent"
             *     ]
             */
            identityKinds?: ('person' | 'agent')[];
            /** @default true */
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'splunk-hec' | 'syslog-cef' | 'webhook' | 'okta' | 'graph';
              name: string;
              /** @description Settings as configured (never credentials) */
              settings: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              credentials: 'stored encrypted' | 'none';
              /** @enum {string} */
              minLevel: 'low' | 'medium' | 'high' | 'critical';
              identityKinds: ('person' | 'agent')[];
              enabled: boolean;
              status: {
                /** @description Messages waiting or being delivered */
                pending: number;
                /** @description Delivered in the last 7 days */
                delivered: number;
                dead: number;
                lastError: string | null;
                lastErrorAt: string | null;
              };
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/destinations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One destination and its delivery status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'splunk-hec' | 'syslog-cef' | 'webhook' | 'okta' | 'graph';
              name: string;
              /** @description Settings as configured (never credentials) */
              settings: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              credentials: 'stored encrypted' | 'none';
              /** @enum {string} */
              minLevel: 'low' | 'medium' | 'high' | 'critical';
              identityKinds: ('person' | 'agent')[];
              enabled: boolean;
              status: {
                /** @description Messages waiting or being delivered */
                pending: number;
                /** @description Delivered in the last 7 days */
                delivered: number;
                dead: number;
                lastError: string | null;
                lastErrorAt: string | null;
              };
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a destination, its stored credentials and its messages */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a destination (credentials only when given) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            settings?: {
              [key: string]: unknown;
            };
            credentials?: {
              [key: string]: unknown;
            };
            /** @enum {string} */
            minLevel?: 'low' | 'medium' | 'high' | 'critical';
            identityKinds?: ('person' | 'agent')[];
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'splunk-hec' | 'syslog-cef' | 'webhook' | 'okta' | 'graph';
              name: string;
              /** @description Settings as configured (never credentials) */
              settings: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              credentials: 'stored encrypted' | 'none';
              /** @enum {string} */
              minLevel: 'low' | 'medium' | 'high' | 'critical';
              identityKinds: ('person' | 'agent')[];
              enabled: boolean;
              status: {
                /** @description Messages waiting or being delivered */
                pending: number;
                /** @description Delivered in the last 7 days */
                delivered: number;
                dead: number;
                lastError: string | null;
                lastErrorAt: string | null;
              };
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/destinations/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a test message now and answer with what the receiver said */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              outcome: 'delivered' | 'retry' | 'failed';
              error: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/destinations/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A destination's messages in one state (dead by default), oldest first */
    get: {
      parameters: {
        query?: {
          state?: 'pending' | 'delivering' | 'delivered' | 'dead';
          /** @description Items per page */
          limit?: number;
          /** @description Opaque cursor from the previous page's `next` */
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                kind: string;
                idempotencyKey: string;
                /** @enum {string} */
                state: 'pending' | 'delivering' | 'delivered' | 'dead';
                attempts: number;
                createdAt: string;
                lastAttemptAt: string | null;
                nextAttemptAt: string | null;
                lastError: string | null;
                payload: unknown;
              }[];
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/destinations/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Try dead messages again (the given ids, or every dead one) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ids?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              replayed: number;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/.well-known/ssf-configuration/ssf/{tenant}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A tenant's transmitter configuration metadata (SSF 1.0 §7) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tenant: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              spec_version: string;
              issuer: string;
              jwks_uri: string;
              delivery_methods_supported: string[];
              configuration_endpoint: string;
              status_endpoint: string;
              add_subject_endpoint: string;
              remove_subject_endpoint: string;
              verification_endpoint: string;
              authorization_schemes: {
                spec_urn: string;
              }[];
              default_subjects: string;
              events_supported: string[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ssf/{tenant}/jwks.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The keys that verify a tenant's SETs: the current one and recently retired ones */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tenant: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              keys: {
                /** @enum {string} */
                kty: 'RSA';
                kid: string;
                /** @enum {string} */
                use: 'sig';
                /** @enum {string} */
                alg: 'RS256';
                n: string;
                e: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ssf/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A stream's configuration, or every stream this caller may see */
    get: {
      parameters: {
        query?: {
          stream_id?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  stream_id: string;
                  iss: string;
                  aud: string;
                  events_supported: string[];
                  events_requested: string[];
                  events_delivered: string[];
                  delivery: {
                    method: string;
                    endpoint_url: string;
                  };
                  min_verification_interval: number;
                  description?: string;
                }
              | {
                  stream_id: string;
                  iss: string;
                  aud: string;
                  events_supported: string[];
                  events_requested: string[];
                  events_delivered: string[];
                  delivery: {
                    method: string;
                    endpoint_url: string;
                  };
                  min_verification_interval: number;
                  description?: string;
                }[];
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    /** Replace a stream: receiver properties left out are cleared */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            stream_id: string;
            events_requested?: string[];
            delivery?: {
              method: string;
              endpoint_url?: string;
              /** @description Sent with every push; stored encrypted and never returned */
              authorization_header?: string;
            };
            description?: string | null;
            iss?: string;
            aud?: string;
            events_supported?: string[];
            events_delivered?: string[];
            min_verification_interval?: number;
          };
        };
      };
      responses: {
        /** @description Stream configuration (SSF 1.0); the Authorization header is never returned */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              stream_id: string;
              iss: string;
              aud: string;
              events_supported: string[];
              events_requested: string[];
              events_delivered: string[];
              delivery: {
                method: string;
                endpoint_url: string;
              };
              min_verification_interval: number;
              description?: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    /** Create an event stream (push delivery, RFC 8935) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            events_requested?: string[];
            delivery?: {
              method: string;
              endpoint_url?: string;
              /** @description Sent with every push; stored encrypted and never returned */
              authorization_header?: string;
            };
            description?: string | null;
            iss?: string;
            aud?: string;
            events_supported?: string[];
            events_delivered?: string[];
            min_verification_interval?: number;
          };
        };
      };
      responses: {
        /** @description Stream configuration (SSF 1.0); the Authorization header is never returned */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              stream_id: string;
              iss: string;
              aud: string;
              events_supported: string[];
              events_requested: string[];
              events_delivered: string[];
              delivery: {
                method: string;
                endpoint_url: string;
              };
              min_verification_interval: number;
              description?: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    /** Delete a stream and the SETs it had yet to deliver */
    delete: {
      parameters: {
        query: {
          stream_id: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a stream: only the properties given change */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            stream_id: string;
            events_requested?: string[];
            delivery?: {
              method: string;
              endpoint_url?: string;
              /** @description Sent with every push; stored encrypted and never returned */
              authorization_header?: string;
            };
            description?: string | null;
            iss?: string;
            aud?: string;
            events_supported?: string[];
            events_delivered?: string[];
            min_verification_interval?: number;
          };
        };
      };
      responses: {
        /** @description Stream configuration (SSF 1.0); the Authorization header is never returned */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              stream_id: string;
              iss: string;
              aud: string;
              events_supported: string[];
              events_requested: string[];
              events_delivered: string[];
              delivery: {
                method: string;
                endpoint_url: string;
              };
              min_verification_interval: number;
              description?: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/ssf/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A stream's status */
    get: {
      parameters: {
        query: {
          stream_id: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              stream_id: string;
              /** @enum {string} */
              status: 'enabled' | 'paused' | 'disabled';
              reason?: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Enable, pause or disable a stream */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            stream_id: string;
            /** @enum {string} */
            status: 'enabled' | 'paused' | 'disabled';
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              stream_id: string;
              /** @enum {string} */
              status: 'enabled' | 'paused' | 'disabled';
              reason?: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ssf/subjects/add': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a subject back to a stream (every subject is in a stream by default) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            stream_id: string;
            subject:
              | (
                  | {
                      /** @enum {string} */
                      format: 'email';
                      /** Format: email */
                      email: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'iss_sub';
                      iss: string;
                      sub: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'opaque';
                      id: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'account';
                      uri: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'phone_number';
                      phone_number: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'did';
                      url: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'uri';
                      uri: string;
                    }
                )
              | {
                  /** @enum {string} */
                  format: 'aliases';
                  identifiers: (
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      }
                  )[];
                }
              | {
                  /** @enum {string} */
                  format: 'complex';
                  user?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  device?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  session?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  application?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  tenant?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  org_unit?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  group?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                };
            verified?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ssf/subjects/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop sending events about a subject on a stream */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            stream_id: string;
            subject:
              | (
                  | {
                      /** @enum {string} */
                      format: 'email';
                      /** Format: email */
                      email: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'iss_sub';
                      iss: string;
                      sub: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'opaque';
                      id: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'account';
                      uri: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'phone_number';
                      phone_number: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'did';
                      url: string;
                    }
                  | {
                      /** @enum {string} */
                      format: 'uri';
                      uri: string;
                    }
                )
              | {
                  /** @enum {string} */
                  format: 'aliases';
                  identifiers: (
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      }
                  )[];
                }
              | {
                  /** @enum {string} */
                  format: 'complex';
                  user?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  device?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  session?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  application?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  tenant?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  org_unit?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                  group?:
                    | {
                        /** @enum {string} */
                        format: 'email';
                        /** Format: email */
                        email: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'iss_sub';
                        iss: string;
                        sub: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'opaque';
                        id: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'account';
                        uri: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'phone_number';
                        phone_number: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'did';
                        url: string;
                      }
                    | {
                        /** @enum {string} */
                        format: 'uri';
                        uri: string;
                      };
                };
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ssf/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a verification SET on a stream */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            stream_id: string;
            state?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ssf/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the caller's streams are delivering: SETs by state and the newest error */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                stream_id: string;
                /** @enum {string} */
                status: 'enabled' | 'paused' | 'disabled';
                endpoint_url: string;
                messages: {
                  pending: number;
                  delivering: number;
                  delivered: number;
                  dead: number;
                };
                last_error: string | null;
                last_error_at: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ssf/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Try a stream's dead SETs again (after the receiver was fixed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            stream_id: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              replayed: number;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ssf/keys/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the signing key; the old public key stays in the JWKS for 7 days */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              kid: string;
              published: string[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/saml/{tenant}/acs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assertion Consumer Service (HTTP-POST binding); then finishes in the browser */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tenant: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/x-www-form-urlencoded': {
            SAMLResponse: string;
            RelayState?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        303: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{source}/{tenantSlug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Receive a signed webhook (GoPhish: X-Gophish-Signature; others: X-Bulwark-Signature) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          source:
            | 'native'
            | 'ocsf'
            | 'gophish'
            | 'proofpoint-tap'
            | 'okta'
            | 'graph-signins'
            | 'graph-risk'
            | 'graph-alerts'
            | 'crowdstrike'
            | 'knowbe4'
            | 'cef';
          tenantSlug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              records: number;
              events: number;
              stored: number;
              duplicate: number;
              rejected: number;
              ignored: number;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              errors: {
                path: string;
                message: string;
              }[];
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
