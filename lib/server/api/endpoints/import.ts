// Endpoints of the import feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';

void endpoint;
export const IMPORT_ENDPOINTS = {} as const;
