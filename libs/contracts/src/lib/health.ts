export type CheckState = 'up' | 'down' | 'not_configured';

export interface HealthResponse {
  status: 'ok';
}

export interface ReadinessResponse {
  status: 'ok' | 'unavailable';
  checks: {
    database: CheckState;
    queue: CheckState;
    redis: CheckState;
  };
}
