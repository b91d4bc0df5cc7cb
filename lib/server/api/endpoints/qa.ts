// Endpoints of the qa feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';

void endpoint;
export const QA_ENDPOINTS = {} as const;
