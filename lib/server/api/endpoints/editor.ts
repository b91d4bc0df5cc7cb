// Endpoints of the editor feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';

void endpoint;
export const EDITOR_ENDPOINTS = {} as const;
