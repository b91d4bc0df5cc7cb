// Endpoints of the align feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';

void endpoint;
export const ALIGN_ENDPOINTS = {} as const;
