import { WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AuthProviderProps } from 'react-oidc-context';
import type { RuntimeConfig } from '../../shared/config/runtimeConfig';

export interface SigninState {
  returnTo?: string;
}

/** Keycloak public client with authorization code + PKCE (S256 is oidc-client-ts's default). */
export function oidcSettings(config: RuntimeConfig, origin = window.location.origin): AuthProviderProps {
  return {
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    // Session storage: a closed tab forgets the tokens; Keycloak's SSO cookie still spares a new login.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    onSigninCallback: (user: User | undefined) => {
      const returnTo = (user?.state as SigninState | undefined)?.returnTo;
      // Drops ?code&state from the address and goes back where the user started (same origin only).
      const sameOriginPath = returnTo?.startsWith('/') && !returnTo.startsWith('//');
      window.history.replaceState({}, document.title, sameOriginPath ? returnTo : '/');
    },
  };
}
