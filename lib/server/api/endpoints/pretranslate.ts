// Endpoints of the pretranslate feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';

void endpoint;
export const PRETRANSLATE_ENDPOINTS = {} as const;
