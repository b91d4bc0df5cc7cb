// Endpoints of the publish feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';

void endpoint;
export const PUBLISH_ENDPOINTS = {} as const;
