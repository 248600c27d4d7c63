import { Navigate } from 'react-router';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { homePathFor } from './navigation';

export default function HomeRedirect() {
  return <Navigate to={homePathFor(useCurrentUser())} replace />;
}
