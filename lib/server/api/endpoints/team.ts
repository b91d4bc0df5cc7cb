// Team endpoints: project invites (one-time links) and each user's notifications inbox.
import { endpoint } from '../endpoint';
import { ZAcceptInviteRequest, ZCreateInviteRequest } from '../invites.types';
import { ZListNotificationsQuery, ZMarkReadRequest } from '../notifications.types';

export const TEAM_ENDPOINTS = {
  createInvite: endpoint({
    id: 'createInvite',
    method: 'POST',
    path: '/api/v1/projects/{id}/invites',
    summary: 'Invite an email address with a role (owner); returns the one-time link path (/invite/<token>, shown once, valid 7 days)',
    auth: 'user',
    body: ZCreateInviteRequest,
    successStatus: 201,
    tag: 'projects',
  }),
  listInvites: endpoint({
    id: 'listInvites',
    method: 'GET',
    path: '/api/v1/projects/{id}/invites',
    summary: 'Pending invites of a project (owner)',
    auth: 'user',
    tag: 'projects',
  }),
  revokeInvite: endpoint({
    id: 'revokeInvite',
    method: 'DELETE',
    path: '/api/v1/projects/{id}/invites/{inviteId}',
    summary: 'Revoke a pending invite (owner)',
    auth: 'user',
    tag: 'projects',
  }),
  acceptInvite: endpoint({
    id: 'acceptInvite',
    method: 'POST',
    path: '/api/v1/invites/accept',
    summary: 'Use an invite link: signed in, join the project; signed out, create the account (name, password) and join, signed in',
    auth: 'public',
    body: ZAcceptInviteRequest,
    tag: 'projects',
  }),
  listNotifications: endpoint({
    id: 'listNotifications',
    method: 'GET',
    path: '/api/v1/notifications',
    summary: 'Your notifications (mentions, rejections of your segments, replies in your threads), newest first, with the unread count',
    auth: 'user',
    query: ZListNotificationsQuery,
    tag: 'notifications',
  }),
  markNotificationsRead: endpoint({
    id: 'markNotificationsRead',
    method: 'POST',
    path: '/api/v1/notifications/read',
    summary: 'Mark notifications read: {ids} or {all: true}',
    auth: 'user',
    body: ZMarkReadRequest,
    tag: 'notifications',
  }),
} as const;
