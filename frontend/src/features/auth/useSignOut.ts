import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';

export function useSignOut() {
  const auth = useAuth();
  const queryClient = useQueryClient();
  return async () => {
    queryClient.clear();
    // Ends the Keycloak session too, otherwise SSO would sign the user straight back in.
    await auth.signoutRedirect({ id_token_hint: auth.user?.id_token });
  };
}
