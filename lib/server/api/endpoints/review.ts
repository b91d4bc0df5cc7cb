// Endpoints of the review feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';

void endpoint;
export const REVIEW_ENDPOINTS = {} as const;
