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
                  | 'scim';
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
              | 'scim';
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
                | 'scim';
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
              method: 'password' | 'oidc' | 'email-link';
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
              method: 'password' | 'oidc' | 'email-link';
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
              method: 'password' | 'oidc' | 'email-link';
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
              method: 'password' | 'oidc' | 'email-link';
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
            | 'scim.changed';
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
